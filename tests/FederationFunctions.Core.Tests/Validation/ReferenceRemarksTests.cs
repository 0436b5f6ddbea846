using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>
/// v1.1: when the year's reference is known, what the consolidation will not count (or will add together) is reported
/// as information, in the same pass as the errors.
/// </summary>
public class ReferenceRemarksTests
{
    private static readonly ReferenceWorkbook Reference = new(
        2023,
        null,
        [new Territory("LIL", "Lille", Department.Nord), new Territory("ARR", "Arras", Department.PasDeCalais)],
        [
            new MemberStructure("59-LIL-001", "CS des Oliviers", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
            new MemberStructure("59-LIL-002", "EVS", "Lille", Department.Nord, "LIL", StructureType.EVS, Management.Associatif, false),
        ],
        [
            new CalendarEvent("AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, "LIL", "AT de printemps"),
            new CalendarEvent("DIR-01", new DateOnly(2023, 6, 1), EventType.DIRECTIONS, null, "Réunion des directions de juin"),
            new CalendarEvent("AT-ARR-01", new DateOnly(2023, 5, 2), EventType.AT, "ARR", null),
        ],
        [
            new CatalogueAction("SAL-REF", "Être référent famille", Audience.Salaries, null, null, 0, 0m, 0),
            new CatalogueAction("BEN-EMP", "La fonction employeur", Audience.Benevoles, null, null, 0, 0m, 0),
        ]);

    private static ValidationResult<CentreWorkbook> Validate(CentreWorkbookFixture fixture) =>
        new CentreWorkbookValidator().Validate(fixture.Build(), null, Reference);

    [Fact]
    public void WorkbookThatLinksEverything_HasNoRemark()
    {
        var result = Validate(new CentreWorkbookFixture());
        Assert.Empty(result.Issues);
        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
    }

    [Fact]
    public void AutreWithoutCode_IsInformationWithTypeLabelDateAndWhy()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 9, 20), "Autre", 1, 2, null);
            },
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Information, "MEETING_UNLINKED", "Rencontres", 2), (issue.Severity, issue.Code, issue.Sheet!, issue.Row!.Value));
        Assert.Equal(
            "Rencontres, ligne 2 : la rencontre « Autre rencontre » du 20/09/2023 n'a pas de code événement et le calendrier fédéral 2023 n'a aucun événement de ce type à cette date dans votre territoire (LIL) ni pour toute la fédération : elle ne sera comptée dans aucun indicateur de la vie fédérale. Si elle figure au calendrier, indiquez son code événement ou corrigez sa date et son type.",
            issue.Message);
        Assert.DoesNotContain("AUTRE", issue.Message, StringComparison.Ordinal);
        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
    }

    [Fact]
    public void DirectionsOnADateAbsentFromTheCalendar_IsInformation()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 6, 2), "Réunion des directions", 1, 0, "Oui");
            },
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Information, "MEETING_UNLINKED"), (issue.Severity, issue.Code));
        Assert.Contains("« Réunion des directions » du 02/06/2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEventCode_IsInformationWithTheCode()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, "AT-XXX-09", Cells.Date(2023, 3, 15), "Assemblée territoriale", 1, 0, null);
            },
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Information, "UNKNOWN_EVENT_CODE", "AT-XXX-09"), (issue.Severity, issue.Code, issue.Value!));
        Assert.StartsWith("Rencontres, ligne 2 (Code événement) : la rencontre « Assemblée territoriale » du 15/03/2023 porte le code événement « AT-XXX-09 », qui n'existe pas dans le calendrier fédéral 2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeOfAnotherTerritory_Links()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, "at-arr-01", Cells.Date(2023, 5, 2), "Assemblée territoriale", 1, 0, null);
            },
        });

        Assert.Empty(result.Issues);
    }

    [Fact]
    public void RowsLinkedToTheSameEvent_AreAddedTogetherAsInformation()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 2, 0, "Oui")
                 .Row(3, null, Cells.Date(2023, 3, 15), "Assemblée territoriale", 0, 5, null);
            },
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Information, "ROWS_ADDED_TOGETHER", "Rencontres", 2), (issue.Severity, issue.Code, issue.Sheet!, issue.Row!.Value));
        Assert.Equal(
            "Rencontres, lignes 2 et 3 : ces lignes se rapportent au même événement du calendrier, « AT-LIL-01 » (AT de printemps, 15/03/2023) ; elles seront additionnées : 2 salariés et 5 bénévoles en tout. Si une même personne figure sur deux lignes, corrigez les nombres.",
            issue.Message);
        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
    }

    [Fact]
    public void FormationsRowsWithTheSameAction_AreAddedTogetherAsInformation()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 3, 0).Row(3, "sal-ref", null, null, 1, 1);
            },
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Information, "ROWS_ADDED_TOGETHER", "Formations"), (issue.Severity, issue.Code, issue.Sheet!));
        Assert.Contains("4 salariés formés et 1 bénévole formé en tout", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActionCode_IsInformation()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "INCONNU", null, null, 1, 0);
            },
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Information, "UNKNOWN_ACTION_CODE", 2), (issue.Severity, issue.Code, issue.Row!.Value));
    }

    [Theory]
    [InlineData("62-ARR-009", "STRUCTURE_UNKNOWN")]
    [InlineData("59-LIL-002", "STRUCTURE_NOT_MEMBER")]
    public void UnknownOrNonMemberStructure_IsInformation(string code, string issueCode)
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Structure = s =>
            {
                CentreWorkbookFixture.ValidStructure(s);
                s.Row(1, "Code structure", code);
            },
        });

        Assert.Contains(result.Issues, i => i.Code == issueCode && i.Severity == Severity.Information);
        Assert.All(result.Issues, i => Assert.Equal(Severity.Information, i.Severity));
        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
    }

    [Fact]
    public void FileWithErrors_GetsTheRemarksInTheSamePass()
    {
        var result = Validate(new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 9, 20), "Autre rencontre", 1, 0, null)
                 .Row(3, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", "douze", 0, null);
            },
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "INCONNU", null, null, 1, 0);
            },
        });

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        Assert.Equal(
            [("INTEGER_INVALID", Severity.Error), ("MEETING_UNLINKED", Severity.Information), ("UNKNOWN_ACTION_CODE", Severity.Information)],
            result.Issues.Select(i => (i.Code, i.Severity)).OrderBy(i => i.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void WithoutReference_NoRemark()
    {
        var result = new CentreWorkbookValidator().Validate(new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "INCONNU", null, null, 1, 0);
            },
        }.Build(), null, null);

        Assert.Empty(result.Issues);
    }

    [Fact]
    public async Task Checker_AsksTheSourceForTheDeclaredYear()
    {
        var source = new RecordingSource(Reference);
        var checker = new WorkbookChecker(new FixedReader(new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "INCONNU", null, null, 1, 0);
            },
        }.Build()), null, source);

        var result = await checker.CheckCentreWorkbookAsync(Stream.Null, "f.xlsx", "59-LIL-001", CancellationToken.None);

        Assert.Equal([2023], source.Years);
        Assert.Equal("UNKNOWN_ACTION_CODE", Assert.Single(result.Issues).Code);
    }

    private sealed class RecordingSource(ReferenceWorkbook reference) : IYearReferenceSource
    {
        public List<int> Years { get; } = [];

        public ValueTask<ReferenceWorkbook?> FindAsync(int year, CancellationToken cancellationToken)
        {
            Years.Add(year);
            return ValueTask.FromResult<ReferenceWorkbook?>(reference);
        }
    }

    private sealed class FixedReader(WorkbookData workbook) : IWorkbookReader
    {
        public Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
            Task.FromResult(WorkbookReadResult.Success(workbook));
    }
}
