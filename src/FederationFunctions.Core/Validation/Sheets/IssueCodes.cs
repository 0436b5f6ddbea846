namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>The stable machine codes of <see cref="ValidationIssue.Code"/> raised by workbook validation.</summary>
public static class IssueCodes
{
    public const string SheetMissing = "SHEET_MISSING";
    public const string SheetDuplicate = "SHEET_DUPLICATE";
    public const string SheetIgnored = "SHEET_IGNORED";
    public const string SheetTooManyRows = "SHEET_TOO_MANY_ROWS";
    public const string HeaderRowNotFound = "HEADER_ROW_NOT_FOUND";
    public const string UnknownColumn = "UNKNOWN_COLUMN";
    public const string DuplicateColumn = "DUPLICATE_COLUMN";
    public const string RequiredColumnMissing = "REQUIRED_COLUMN_MISSING";
    public const string TotalRowIgnored = "TOTAL_ROW_IGNORED";
    public const string FieldMissing = "FIELD_MISSING";
    public const string FieldDuplicate = "FIELD_DUPLICATE";
    public const string ValueRequired = "VALUE_REQUIRED";
    public const string CellError = "CELL_ERROR";
    public const string FormulaWithoutValue = "FORMULA_WITHOUT_VALUE";
    public const string IntegerInvalid = "INTEGER_INVALID";
    public const string DecimalInvalid = "DECIMAL_INVALID";
    public const string MoneyInvalid = "MONEY_INVALID";
    public const string DateInvalid = "DATE_INVALID";
    public const string YesNoInvalid = "YES_NO_INVALID";
    public const string TextInvalid = "TEXT_INVALID";
    public const string EnumInvalid = "ENUM_INVALID";
    public const string StructureCodeInvalid = "STRUCTURE_CODE_INVALID";
    public const string StructureCodeMismatch = "STRUCTURE_CODE_MISMATCH";
    public const string YearOutOfRange = "YEAR_OUT_OF_RANGE";
    public const string YearMismatch = "YEAR_MISMATCH";
    public const string FteAboveHeadcount = "FTE_ABOVE_HEADCOUNT";
    public const string DateOutsideYear = "DATE_OUTSIDE_YEAR";
    public const string NoAttendee = "NO_ATTENDEE";
    public const string NoTrainee = "NO_TRAINEE";
    public const string AmountRequired = "AMOUNT_REQUIRED";
    public const string DuplicateRow = "DUPLICATE_ROW";
    public const string TerritoryCodeInvalid = "TERRITORY_CODE_INVALID";
    public const string DuplicateCode = "DUPLICATE_CODE";
    public const string UnknownTerritory = "UNKNOWN_TERRITORY";
    public const string DepartmentMismatch = "DEPARTMENT_MISMATCH";
    public const string FosforaLineRequired = "FOSFORA_LINE_REQUIRED";
    public const string UnknownEventCode = "UNKNOWN_EVENT_CODE";
    public const string UnknownActionCode = "UNKNOWN_ACTION_CODE";
    public const string MeetingUnlinked = "MEETING_UNLINKED";
    public const string MeetingAmbiguous = "MEETING_AMBIGUOUS";
    public const string RowsAddedTogether = "ROWS_ADDED_TOGETHER";
    public const string StructureUnknown = "STRUCTURE_UNKNOWN";
    public const string StructureNotMember = "STRUCTURE_NOT_MEMBER";
    public const string ContactEmailInvalid = "CONTACT_EMAIL_INVALID";
    public const string ReferenceYearMismatch = "REFERENCE_YEAR_MISMATCH";
}
