using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>Builders for consolidation inputs: small, explicit, readable in the tests.</summary>
internal static class ConsolidationTestData
{
    public const int Year = 2023;

    public static readonly DateTimeOffset ComputedAt = new(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);

    public static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset At(string isoDateTime) =>
        DateTimeOffset.ParseExact(isoDateTime, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static Territory Territory(string code, Department department) => new(code, $"AT {code}", department);

    public static MemberStructure Structure(
        string code,
        string territory,
        Department department,
        StructureType type = StructureType.CS,
        Management management = Management.Associatif,
        bool isMember = true) =>
        new(code, $"Centre {code}", "Commune", department, territory, type, management, isMember);

    public static CalendarEvent Event(string code, string date, EventType type, string? territory) =>
        new(code, Day(date), type, territory, null);

    public static CatalogueAction Action(
        string code,
        Audience? audience,
        string? group = null,
        string? line = null,
        int sessions = 0,
        decimal amount = 0m,
        int outside = 0) =>
        new(code, $"Action {code}", audience, group, line, sessions, amount, outside);

    public static ReferenceWorkbook Reference(
        IReadOnlyList<Territory> territories,
        IReadOnlyList<MemberStructure> structures,
        IReadOnlyList<CalendarEvent>? calendar = null,
        IReadOnlyList<CatalogueAction>? catalogue = null,
        decimal? envelope = null) =>
        new(Year, envelope, territories, structures, calendar ?? [], catalogue ?? []);

    public static CentreWorkbook Workbook(
        string code,
        int staff = 0,
        decimal fte = 0m,
        int volunteers = 0,
        int board = 0,
        IReadOnlyList<MeetingRow>? meetings = null,
        IReadOnlyList<TrainingRow>? trainings = null,
        IReadOnlyList<ProgrammeRow>? programmes = null) =>
        new(new StructureDeclaration(code, Year, null, staff, fte, volunteers, board, null), meetings ?? [], trainings ?? [], programmes ?? []);

    public static MeetingRow Meeting(int row, string? code, string date, EventType type, int staff, int volunteers, bool director = false) =>
        new(row, code, Day(date), type, staff, volunteers, director);

    public static TrainingRow Training(int row, string actionCode, int staff, int volunteers) =>
        new(row, actionCode, null, null, staff, volunteers);

    public static ProgrammeRow Programme(
        int row,
        ProgrammeCode programme,
        ProjectStatus status,
        decimal? amount,
        int? residents = null,
        int? actions = null) =>
        new(row, programme, null, status, amount, null, residents, actions);

    public static UploadSummary Upload(string blobName, string at, UploadOutcome outcome, int errors = 0, int warnings = 0) =>
        new(blobName, At(at), outcome, errors, warnings);

    /// <summary>A structure whose only upload was accepted.</summary>
    public static CentreSubmission Accepted(CentreWorkbook workbook, string at = "2024-01-05T10:00", string? file = null)
    {
        var code = workbook.Structure.StructureCode;
        var upload = Upload($"{code}/{file ?? "activite-2023.xlsx"}", at, UploadOutcome.Acceptee);
        return new CentreSubmission(code, upload, workbook, upload);
    }

    public static ConsolidationResult Calculate(ReferenceWorkbook? reference, params CentreSubmission[] submissions) =>
        new IndicatorCalculator().Calculate(new ConsolidationInput(Year, reference, submissions), ComputedAt);

    /// <summary>"27.05" → 27.05m; null stays null (InlineData cannot hold decimals).</summary>
    public static decimal? Dec(string? value) =>
        value is null ? null : decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The indicator, which must exist exactly once.</summary>
    public static Indicator Single(ConsolidationResult result, string code, string scope) =>
        Assert.Single(result.Indicators, i => i.Code == code && i.Scope == scope);
}
