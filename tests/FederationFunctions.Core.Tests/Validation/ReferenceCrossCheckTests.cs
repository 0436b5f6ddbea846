using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

public class ReferenceCrossCheckTests
{
    private static readonly ReferenceWorkbook Reference = new(
        2023,
        null,
        [new Territory("LIL", "Lille", Department.Nord)],
        [
            new MemberStructure("59-LIL-001", "CS", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
            new MemberStructure("59-LIL-002", "EVS", "Lille", Department.Nord, "LIL", StructureType.EVS, Management.Associatif, false),
        ],
        [new CalendarEvent("AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, "LIL", null), new CalendarEvent("AG-2023", new DateOnly(2023, 4, 1), EventType.AG, null, null)],
        [new CatalogueAction("SAL-REF", "Référent", Audience.Salaries, null, null, 0, 0m, 0)]);

    private static CentreWorkbook Workbook(string code, IReadOnlyList<MeetingRow>? meetings = null, IReadOnlyList<TrainingRow>? trainings = null) =>
        new(new StructureDeclaration(code, 2023, null, 1, 1m, 1, 1, null), meetings ?? [], trainings ?? [], []);

    [Fact]
    public void KnownCodesInAnyCase_GiveNoRemark()
    {
        var workbook = Workbook(
            "59-LIL-001",
            [new MeetingRow(2, " at-lil-01 ", new DateOnly(2023, 3, 15), EventType.AT, 1, 0, false), new MeetingRow(3, null, new DateOnly(2023, 4, 1), EventType.AG, 1, 0, false)],
            [new TrainingRow(2, "sal-ref", null, null, 1, 0)]);

        Assert.Empty(ReferenceCrossCheck.Check(workbook, Reference));
    }

    [Fact]
    public void UnknownEventAndActionCodes_AreInformationWithTheirRows()
    {
        var workbook = Workbook(
            "59-LIL-001",
            [new MeetingRow(4, "AT-XXX", new DateOnly(2023, 3, 15), EventType.AT, 1, 0, false)],
            [new TrainingRow(6, "INCONNU", null, null, 1, 0)]);

        var issues = ReferenceCrossCheck.Check(workbook, Reference);

        Assert.Equal(
            [("UNKNOWN_EVENT_CODE", "Rencontres", 4, "AT-XXX"), ("UNKNOWN_ACTION_CODE", "Formations", 6, "INCONNU")],
            issues.Select(i => (i.Code, i.Sheet!, i.Row!.Value, i.Value!)));
        Assert.All(issues, i => Assert.Equal(Severity.Information, i.Severity));
        Assert.StartsWith("Rencontres, ligne 4 (Code événement) : la rencontre « Assemblée territoriale » du 15/03/2023 porte le code événement « AT-XXX », qui n'existe pas dans le calendrier fédéral 2023", issues[0].Message);
    }

    [Fact]
    public void StructureAbsentFromTheReference_IsInformation() =>
        Assert.Equal("STRUCTURE_UNKNOWN", Assert.Single(ReferenceCrossCheck.Check(Workbook("62-ARR-009"), Reference)).Code);

    [Fact]
    public void StructureNotAMember_IsInformation()
    {
        var issue = Assert.Single(ReferenceCrossCheck.Check(Workbook("59-lil-002"), Reference));
        Assert.Equal(("STRUCTURE_NOT_MEMBER", Severity.Information), (issue.Code, issue.Severity));
    }
}
