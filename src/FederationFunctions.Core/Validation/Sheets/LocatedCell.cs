using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// A cell with its location (sheet and header as written, Excel row, 0-based column), read against its column's kind:
/// an invalid value, or a blank in a required column, is reported to the collector and gives null.
/// </summary>
public sealed class LocatedCell(IssueCollector issues, string sheet, int row, int columnIndex, string header, ColumnDefinition column, CellValue value)
{
    public string Sheet { get; } = sheet;

    public int Row { get; } = row;

    public int ColumnIndex { get; } = columnIndex;

    public string Header { get; } = header;

    public ColumnDefinition Column { get; } = column;

    public CellValue Value { get; } = value;

    /// <summary>True once an error was reported for this cell.</summary>
    public bool HasError { get; private set; }

    public int? Integer() => Check(CellValueParser.ParseInteger(Value), IssueCodes.IntegerInvalid) is { IsValid: true } r ? r.Value : null;

    public decimal? Decimal() => Check(CellValueParser.ParseDecimal(Value), IssueCodes.DecimalInvalid) is { IsValid: true } r ? r.Value : null;

    public decimal? Money() => Check(CellValueParser.ParseMoney(Value), IssueCodes.MoneyInvalid) is { IsValid: true } r ? r.Value : null;

    /// <summary>The date; the messages' example date falls in <paramref name="year"/> (the workbook's year) when it is known.</summary>
    public DateOnly? Date(int? year = null) => Check(CellValueParser.ParseDate(Value, year), IssueCodes.DateInvalid, year) is { IsValid: true } r ? r.Value : null;

    /// <summary>Yes/no; blank is false; null when invalid.</summary>
    public bool? YesNo()
    {
        var result = CellValueParser.ParseYesNo(Value);
        if (result.IsInvalid)
        {
            Report(result.Error!, IssueCodes.YesNoInvalid);
            return null;
        }

        return result.Value;
    }

    public string? Text() => Check(CellValueParser.ParseText(Value), IssueCodes.TextInvalid) is { IsValid: true } r ? r.Value : null;

    public TEnum? Enum<TEnum>(EnumVocabulary<TEnum> vocabulary)
        where TEnum : struct, System.Enum =>
        Check(CellValueParser.ParseEnum(Value, vocabulary), IssueCodes.EnumInvalid) is { IsValid: true } r ? r.Value : null;

    /// <summary>Reports an error on this cell.</summary>
    public void Error(string code, string fragment) => Report(fragment, code);

    /// <summary>Reports a warning on this cell.</summary>
    public void Warning(string code, string fragment) =>
        issues.AddCellIssue(Severity.Warning, code, Sheet, Row, ColumnIndex, Header, CellValueParser.Display(Value), fragment);

    private CellParseResult<T> Check<T>(CellParseResult<T> result, string invalidCode, int? year = null)
    {
        if (result.IsInvalid)
        {
            Report(result.Error!, invalidCode);
        }
        else if (result.IsBlank && Column.Required)
        {
            Report(RequiredFragment(Column, year), IssueCodes.ValueRequired);
        }

        return result;
    }

    private void Report(string fragment, string code)
    {
        var actualCode = Value.Kind switch
        {
            CellKind.Error => IssueCodes.CellError,
            CellKind.FormulaWithoutValue => IssueCodes.FormulaWithoutValue,
            _ => code,
        };
        HasError = true;
        issues.AddCellIssue(Severity.Error, actualCode, Sheet, Row, ColumnIndex, Header, CellValueParser.Display(Value), fragment);
    }

    /// <summary>The message fragment for a required cell left blank; a date's example falls in <paramref name="year"/> when known.</summary>
    public static string RequiredFragment(ColumnDefinition column, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(column);
        var hint = column.Kind switch
        {
            ColumnKind.Integer => "un nombre (0 s'il n'y en a pas)",
            ColumnKind.Decimal => "un nombre (0 s'il n'y en a pas)",
            ColumnKind.Money => "un montant en euros, par exemple 3 600,00 €",
            ColumnKind.Date => year is { } y
                ? $"une date de l'année {y.ToString(System.Globalization.CultureInfo.InvariantCulture)}, par exemple {FrenchText.ExampleDate(y)}"
                : "une date au format jj/mm/aaaa",
            ColumnKind.YesNo => "Oui ou Non",
            ColumnKind.Enum when column.Vocabulary is not null => "une valeur parmi : " + string.Join(", ", column.Vocabulary.Labels),
            _ => "une valeur",
        };
        return $"la cellule est vide alors que « {column.FrenchHeader} » est obligatoire. Saisissez {hint}.";
    }
}
