using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

public class ReferenceCrossCheckTests
{
    private static readonly ReferenceWorkbook Reference = new(
        2025,
        null,
        [new Territory("LIL", "Lille", Department.Nord)],
        [
            new MemberStructure("59-LIL-001", "A", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
            new MemberStructure("59-LIL-002", "B", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, false),
        ],
        [new CalendarEvent("AT-LIL-01", new DateOnly(2025, 2, 10), EventType.AT, "LIL", null)],
        [new CatalogueAction("FOR-B01", "Accueil", Audience.Benevoles, null, null, 1, 0m, 0)]);

    private static CentreWorkbook Workbook(string code, MeetingRow[] meetings, TrainingRow[] trainings) =>
        new(new StructureDeclaration(code, 2025, null, 1, 1m, 1, 1, null), meetings, trainings, []);

    [Fact]
    public void KnownCodesInAnyCase_GiveNoWarning()
    {
        var issues = ReferenceCrossCheck.Check(
            Workbook("59-LIL-001", [new MeetingRow(7, " at-lil-01", new DateOnly(2025, 2, 10), EventType.AT, 1, 0, false), new MeetingRow(8, null, new DateOnly(2025, 2, 10), EventType.AT, 1, 0, false)], [new TrainingRow(3, "for-b01", null, null, 0, 1)]),
            Reference);
        Assert.Empty(issues);
    }

    [Fact]
    public void UnknownCodesAndUnlinkedMeeting_AreWarningsWithTheirRow()
    {
        var issues = ReferenceCrossCheck.Check(
            Workbook("59-LIL-001", [new MeetingRow(7, "AT-XXX-09", new DateOnly(2025, 2, 10), EventType.AT, 1, 0, false), new MeetingRow(9, null, new DateOnly(2025, 3, 1), EventType.AT, 1, 0, false)], [new TrainingRow(4, "FOR-Z", null, null, 0, 1)]),
            Reference);

        Assert.All(issues, i => Assert.Equal(Severity.Warning, i.Severity));
        Assert.Equal(
            [(ReferenceCrossCheck.EventCodeUnknownCode, 7), (ReferenceCrossCheck.MeetingUnlinkedCode, 9), (ReferenceCrossCheck.ActionCodeUnknownCode, 4)],
            issues.Select(i => (i.Code, i.Row ?? 0)).ToArray());
        Assert.StartsWith("Rencontres, ligne 7 : le code événement « AT-XXX-09 »", issues[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("59-LIL-002", ReferenceCrossCheck.StructureNotMemberCode)]
    [InlineData("59-LIL-099", ReferenceCrossCheck.StructureUnknownCode)]
    public void NonMemberOrUnknownStructure_IsAWarning(string code, string expectedCode)
    {
        var issue = Assert.Single(ReferenceCrossCheck.Check(Workbook(code, [], []), Reference));
        Assert.Equal(expectedCode, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
    }
}
