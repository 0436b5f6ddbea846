using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// AT.* and DIRECTIONS.* on <see cref="SmallNetworkScenario"/>. By hand:
/// AT-LIL-1 ← LIL-001 r5 by code " at-lil-1 " (2+3), LIL-001 r10 by date (0+4), LIL-002 r4 by code despite its date/type (1+0): 2 structures.
/// AT-LIL-2 ← LIL-001 r6 by date (1+1), ART-001 r6 by code from another territory (1+1): 2 structures. AT-LIL-3: nobody.
/// AT-ART-1 ← ART-001 r5 by date (3+2), same date as AT-LIL-1 but the structure's territory decides: 1 structure.
/// DIR-LIL-1 ← LIL-001 (director) and LIL-002 (no director); DIR-LIL-2 ← LIL-002 (director); DIR-LIL-3 ← nobody
/// (LIL-001's row of that date is ambiguous with CODIR-FED). DIR-ART-1 ← ART-001 (director), ART-002 (no director).
/// Non-member, unknown and rejected workbooks link rows to AT-LIL-1/2 with big figures: never counted.
/// </summary>
public class TerritorialIndicatorTests
{
    [Theory]
    [InlineData("AT.REUNIONS", "LIL", "3")]
    [InlineData("AT.REUNIONS", "DOU", "0")]
    [InlineData("AT.REUNIONS", "ART", "1")]
    [InlineData("AT.REUNIONS", "CAL", "0")]
    [InlineData("AT.PARTICIPANTS", "LIL", "14")]
    [InlineData("AT.PARTICIPANTS", "DOU", "0")]
    [InlineData("AT.PARTICIPANTS", "ART", "5")]
    [InlineData("AT.SALARIES", "LIL", "5")]
    [InlineData("AT.SALARIES", "ART", "3")]
    [InlineData("AT.SALARIES", "CAL", "0")]
    [InlineData("AT.BENEVOLES", "LIL", "9")]
    [InlineData("AT.BENEVOLES", "ART", "2")]
    [InlineData("AT.BENEVOLES", "DOU", "0")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "ART", "5")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "DOU", null)]
    [InlineData("AT.PARTICIPANTS_MOYEN", "CAL", null)]
    [InlineData("AT.STRUCTURES_MOYEN", "ART", "1")]
    [InlineData("AT.STRUCTURES_MOYEN", "DOU", null)]
    [InlineData("AT.TAUX_PARTICIPATION", "ART", "0.5")]
    [InlineData("AT.TAUX_PARTICIPATION", "DOU", null)]
    [InlineData("AT.TAUX_PARTICIPATION", "CAL", null)]
    [InlineData("DIRECTIONS.REUNIONS", "LIL", "3")]
    [InlineData("DIRECTIONS.REUNIONS", "DOU", "0")]
    [InlineData("DIRECTIONS.REUNIONS", "ART", "1")]
    [InlineData("DIRECTIONS.REUNIONS", "CAL", "0")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "ART", "0.5")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "DOU", null)]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "CAL", null)]
    public void SmallNetwork_TerritorialIndicator_HasHandComputedValue(string code, string scope, string? expected)
    {
        Assert.Equal(Dec(expected), Single(SmallNetworkScenario.Result, code, scope).Value);
    }

    [Fact]
    public void SmallNetwork_LilleAverages_CountEventsWithoutRowsAsZero()
    {
        var result = SmallNetworkScenario.Result;

        // 14 participants over 3 assemblies; (2 + 2 + 0) structures over 3 assemblies; / 3 members.
        Assert.Equal(14m / 3m, Single(result, "AT.PARTICIPANTS_MOYEN", "LIL").Value);
        Assert.Equal(4m / 3m, Single(result, "AT.STRUCTURES_MOYEN", "LIL").Value);
        Assert.Equal(0.444444444444444444m, Single(result, "AT.TAUX_PARTICIPATION", "LIL").Value!.Value, 18);
        // (1 + 1 + 0) structures with their director over 3 meetings, / 3 members = 2/9.
        Assert.Equal(0.222222222222222222m, Single(result, "DIRECTIONS.TAUX_PRESENCE", "LIL").Value!.Value, 18);
    }

    [Fact]
    public void TerritorialIndicators_ExistOnlyForTerritories()
    {
        var result = SmallNetworkScenario.Result;
        foreach (var code in new[] { "AT.REUNIONS", "AT.PARTICIPANTS", "AT.STRUCTURES_MOYEN", "DIRECTIONS.TAUX_PRESENCE" })
        {
            Assert.Equal(["LIL", "DOU", "ART", "CAL"], result.Indicators.Where(i => i.Code == code).Select(i => i.Scope));
        }
    }

    [Fact]
    public void CalendarEventOfAnotherYear_IsNotATerritorialMeetingOfTheYear()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord)],
            [
                Event("AT-2022", "2022-12-01", EventType.AT, "LIL"),
                Event("AT-2023", "2023-02-01", EventType.AT, "LIL"),
            ]);
        var workbook = Workbook("59-LIL-001", meetings:
        [
            Meeting(5, "AT-2022", "2023-01-10", EventType.AT, 5, 0),
            Meeting(6, "AT-2023", "2023-02-01", EventType.AT, 2, 1),
        ]);

        var result = Calculate(reference, Accepted(workbook));

        Assert.Equal(1m, Single(result, "AT.REUNIONS", "LIL").Value);
        Assert.Equal(3m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
        Assert.Equal(1m, Single(result, "AT.TAUX_PARTICIPATION", "LIL").Value);
    }

    [Fact]
    public void StructureLinkingTwiceToOneEvent_CountsOnceInAveragesButAddsParticipants()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord), Structure("59-LIL-002", "LIL", Department.Nord)],
            [Event("AT-1", "2023-02-01", EventType.AT, "LIL"), Event("AT-2", "2023-05-01", EventType.AT, "LIL")]);
        var workbook = Workbook("59-LIL-001", meetings:
        [
            Meeting(5, "AT-1", "2023-02-01", EventType.AT, 1, 2),
            Meeting(6, "at-1", "2023-02-01", EventType.AT, 3, 4),
        ]);

        var result = Calculate(reference, Accepted(workbook));

        Assert.Equal(10m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
        Assert.Equal(5m, Single(result, "AT.PARTICIPANTS_MOYEN", "LIL").Value);
        // 1 structure at AT-1, 0 at AT-2: 0.5 on average; 2 members: 0.25.
        Assert.Equal(0.5m, Single(result, "AT.STRUCTURES_MOYEN", "LIL").Value);
        Assert.Equal(0.25m, Single(result, "AT.TAUX_PARTICIPATION", "LIL").Value);
    }
}
