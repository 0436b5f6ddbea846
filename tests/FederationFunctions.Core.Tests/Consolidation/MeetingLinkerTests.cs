using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

public class MeetingLinkerTests
{
    private static readonly MeetingLinker Linker = new(
    [
        Event("AT-LIL-03", "2023-03-10", EventType.AT, "LIL"),
        Event("AT-ART-03", "2023-03-10", EventType.AT, "ART"),
        Event("AG-2023", "2023-06-24", EventType.AG, null),
        Event("DIR-LIL-11", "2023-11-20", EventType.DIRECTIONS, "LIL"),
        Event("CODIR-11", "2023-11-20", EventType.DIRECTIONS, null),
        Event("AT-DOU-A", "2023-05-05", EventType.AT, "DOU"),
        Event("AT-DOU-B", "2023-05-05", EventType.AT, "DOU"),
    ]);

    [Theory]
    [InlineData("AT-LIL-03")]
    [InlineData("at-lil-03")]
    [InlineData("  At-Lil-03 ")]
    public void RowWithCode_LinksByCodeIgnoringCaseAndSpaces(string code)
    {
        var link = Linker.Link(Meeting(5, code, "2023-03-10", EventType.AT, 1, 0), "LIL");

        Assert.Equal("AT-LIL-03", link.Event?.EventCode);
    }

    [Fact]
    public void RowWithCode_WinsOverDateTypeAndTerritory()
    {
        // A LIL structure names ART's assembly, with another date and type: the code wins.
        var link = Linker.Link(Meeting(5, "AT-ART-03", "2023-01-02", EventType.AUTRE, 1, 0), "LIL");

        Assert.Equal("AT-ART-03", link.Event?.EventCode);
    }

    [Fact]
    public void RowWithUnknownCode_IsUnlinkedEvenWhenDateAndTypeWouldMatch()
    {
        var link = Linker.Link(Meeting(5, "AT-LIL-99", "2023-03-10", EventType.AT, 1, 0), "LIL");

        Assert.Null(link.Event);
        Assert.Equal(MeetingLinkFailure.UnknownCode, link.Failure);
    }

    [Theory]
    [InlineData("LIL", "AT-LIL-03")]
    [InlineData("ART", "AT-ART-03")]
    [InlineData("art", "AT-ART-03")]
    public void RowWithoutCode_LinksToTheEventOfItsStructuresTerritory(string territory, string expected)
    {
        var link = Linker.Link(Meeting(5, null, "2023-03-10", EventType.AT, 1, 0), territory);

        Assert.Equal(expected, link.Event?.EventCode);
    }

    [Fact]
    public void RowWithoutCode_LinksToAFederationWideEvent()
    {
        var link = Linker.Link(Meeting(5, "  ", "2023-06-24", EventType.AG, 1, 0), "ART");

        Assert.Equal("AG-2023", link.Event?.EventCode);
    }

    [Fact]
    public void RowWithoutCode_TerritoryAndFederationWideCandidates_IsAmbiguous()
    {
        var link = Linker.Link(Meeting(5, null, "2023-11-20", EventType.DIRECTIONS, 1, 0), "LIL");

        Assert.Null(link.Event);
        Assert.Equal(MeetingLinkFailure.SeveralMatchingEvents, link.Failure);
        Assert.Equal(["DIR-LIL-11", "CODIR-11"], link.Candidates.Select(c => c.EventCode));
    }

    [Fact]
    public void RowWithoutCode_TwoEventsInItsTerritory_IsAmbiguous()
    {
        var link = Linker.Link(Meeting(5, null, "2023-05-05", EventType.AT, 1, 0), "DOU");

        Assert.Equal(MeetingLinkFailure.SeveralMatchingEvents, link.Failure);
    }

    [Theory]
    // Another territory's event on that date: no link without a code.
    [InlineData("DOU", "2023-03-10", EventType.AT)]
    // Right date and territory, wrong type.
    [InlineData("LIL", "2023-03-10", EventType.DIRECTIONS)]
    // Right type, no event that day.
    [InlineData("LIL", "2023-03-11", EventType.AT)]
    public void RowWithoutCode_NoCandidate_IsUnlinked(string territory, string date, EventType type)
    {
        var link = Linker.Link(Meeting(5, null, date, type, 1, 0), territory);

        Assert.Null(link.Event);
        Assert.Equal(MeetingLinkFailure.NoMatchingEvent, link.Failure);
    }

    [Fact]
    public void RowWithoutCode_LinksToAFederationWideEventWhenTheTerritoryHasNone_AndItCountsInNoTerritory()
    {
        var result = Calculate(
            Reference(
                [Territory("LIL", Department.Nord)],
                [Structure("59-LIL-001", "LIL", Department.Nord)],
                [Event("AT-FED", "2023-06-01", EventType.AT, null), Event("AT-LIL-1", "2023-06-02", EventType.AT, "LIL")]),
            Accepted(Workbook("59-LIL-001", meetings: [Meeting(5, null, "2023-06-01", EventType.AT, 4, 4)])));

        Assert.DoesNotContain(result.Anomalies, a => a.Kind == AnomalyKind.UnlinkedMeeting);
        Assert.Equal(1m, Single(result, "AT.REUNIONS", "LIL").Value);
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
    }

    [Fact]
    public void RowWithoutCode_MatchingTwoEventsOfItsTerritory_IsUnlinked()
    {
        var result = Calculate(
            Reference(
                [Territory("LIL", Department.Nord)],
                [Structure("59-LIL-001", "LIL", Department.Nord)],
                [Event("AT-LIL-A", "2023-06-01", EventType.AT, "LIL"), Event("AT-LIL-B", "2023-06-01", EventType.AT, "LIL")]),
            Accepted(Workbook("59-LIL-001", meetings: [Meeting(7, null, "2023-06-01", EventType.AT, 4, 4)])));

        var anomaly = Assert.Single(result.Anomalies);
        Assert.Equal((AnomalyKind.UnlinkedMeeting, "59-LIL-001", 7), (anomaly.Kind, anomaly.StructureCode, anomaly.Row));
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
    }
}
