using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// v1.1 <c>VIE.{TYPE}.*</c> on hand-made data. Members: 59-LIL-001, 59-LIL-002, 59-DOU-001 (sent nothing),
/// 62-ART-001, 62-ART-002 (sent nothing); 62-ART-003 is not a member and its big figures count nowhere.
/// Calendar: AG and CONGRES federation-wide; PRESIDENCES in LIL (59) and ART (62); AUTRE in DOU; AT in ART; DIRECTIONS in LIL.
/// Rows: LIL-001 → AG twice (2+3, 1+0), PRES-LIL (0+2), AT-ART-1 by code from another territory (1+1);
/// LIL-002 → AG (1+1); ART-001 → AG (4+0), CONGRES (2+2), PRES-LIL by code (0+1).
/// A structure counts in the scopes of its own reference entry, whatever the event's territory.
/// </summary>
public class FederalLifeIndicatorTests
{
    private static readonly Lazy<FederationFunctions.Core.Consolidation.ConsolidationResult> Scenario = new(() =>
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord), Territory("DOU", Department.Nord), Territory("ART", Department.PasDeCalais)],
            [
                Structure("59-LIL-001", "LIL", Department.Nord),
                Structure("59-LIL-002", "LIL", Department.Nord),
                Structure("59-DOU-001", "DOU", Department.Nord),
                Structure("62-ART-001", "ART", Department.PasDeCalais),
                Structure("62-ART-002", "ART", Department.PasDeCalais),
                Structure("62-ART-003", "ART", Department.PasDeCalais, isMember: false),
            ],
            [
                Event("AG-2023", "2023-06-10", EventType.AG, null),
                Event("CONGRES-2023", "2023-10-01", EventType.CONGRES, null),
                Event("PRES-LIL", "2023-03-01", EventType.PRESIDENCES, "LIL"),
                Event("PRES-ART", "2023-03-02", EventType.PRESIDENCES, "ART"),
                Event("AUT-DOU", "2023-04-01", EventType.AUTRE, "DOU"),
                Event("AT-ART-1", "2023-02-01", EventType.AT, "ART"),
                Event("DIR-LIL", "2023-05-01", EventType.DIRECTIONS, "LIL"),
            ]);
        return Calculate(
            reference,
            Accepted(Workbook("59-LIL-001", meetings:
            [
                Meeting(5, "AG-2023", "2023-06-10", EventType.AG, 2, 3),
                Meeting(6, "AG-2023", "2023-06-10", EventType.AG, 1, 0),
                Meeting(7, "PRES-LIL", "2023-03-01", EventType.PRESIDENCES, 0, 2),
                Meeting(8, "AT-ART-1", "2023-02-01", EventType.AT, 1, 1),
            ])),
            Accepted(Workbook("59-LIL-002", meetings: [Meeting(5, "AG-2023", "2023-06-10", EventType.AG, 1, 1)])),
            Accepted(Workbook("62-ART-001", meetings:
            [
                Meeting(5, "AG-2023", "2023-06-10", EventType.AG, 4, 0),
                Meeting(6, "CONGRES-2023", "2023-10-01", EventType.CONGRES, 2, 2),
                Meeting(7, "PRES-LIL", "2023-03-01", EventType.PRESIDENCES, 0, 1),
            ])),
            Accepted(Workbook("62-ART-003", meetings: [Meeting(5, "AG-2023", "2023-06-10", EventType.AG, 50, 50)])));
    });

    [Theory]
    [InlineData("VIE.AG.EVENEMENTS", "1", "0", "0")]
    [InlineData("VIE.AG.STRUCTURES", "3", "2", "1")]
    [InlineData("VIE.AG.PARTICIPANTS", "12", "8", "4")]
    [InlineData("VIE.AG.TAUX_STRUCTURES", "0.6", null, "0.5")]
    [InlineData("VIE.CONGRES.EVENEMENTS", "1", "0", "0")]
    [InlineData("VIE.CONGRES.STRUCTURES", "1", "0", "1")]
    [InlineData("VIE.CONGRES.PARTICIPANTS", "4", "0", "4")]
    [InlineData("VIE.CONGRES.TAUX_STRUCTURES", "0.2", "0", "0.5")]
    [InlineData("VIE.PRESIDENCES.EVENEMENTS", "2", "1", "1")]
    [InlineData("VIE.PRESIDENCES.STRUCTURES", "2", "1", "1")]
    [InlineData("VIE.PRESIDENCES.PARTICIPANTS", "3", "2", "1")]
    [InlineData("VIE.AUTRE.EVENEMENTS", "1", "1", "0")]
    [InlineData("VIE.AUTRE.STRUCTURES", "0", "0", "0")]
    [InlineData("VIE.AUTRE.PARTICIPANTS", "0", "0", "0")]
    [InlineData("VIE.AUTRE.TAUX_STRUCTURES", "0", "0", "0")]
    [InlineData("VIE.AT.EVENEMENTS", "1", "0", "1")]
    [InlineData("VIE.AT.STRUCTURES", "1", "1", "0")]
    [InlineData("VIE.AT.PARTICIPANTS", "2", "2", "0")]
    [InlineData("VIE.DIRECTIONS.EVENEMENTS", "1", "1", "0")]
    [InlineData("VIE.DIRECTIONS.STRUCTURES", "0", "0", "0")]
    public void FederalLife_HasHandComputedValue(string code, string? federation, string? nord, string? pasDeCalais)
    {
        var result = Scenario.Value;

        Assert.Equal(Dec(federation), Single(result, code, "FED").Value);
        if (nord is not null)
        {
            Assert.Equal(Dec(nord), Single(result, code, "59").Value);
        }

        Assert.Equal(Dec(pasDeCalais), Single(result, code, "62").Value);
    }

    [Fact]
    public void FederalLife_NordRateDividesByNordMembers() =>
        Assert.Equal(2m / 3m, Single(Scenario.Value, "VIE.AG.TAUX_STRUCTURES", "59").Value);

    [Fact]
    public void FederalLife_EveryTypeAndMeasureExistsForFederationAndDepartmentsOnly()
    {
        var result = Scenario.Value;
        foreach (var type in new[] { "AT", "DIRECTIONS", "PRESIDENCES", "AG", "CONGRES", "AUTRE" })
        {
            foreach (var measure in new[] { "EVENEMENTS", "STRUCTURES", "PARTICIPANTS", "TAUX_STRUCTURES" })
            {
                Assert.Equal(["FED", "59", "62"], result.Indicators.Where(i => i.Code == $"VIE.{type}.{measure}").Select(i => i.Scope));
            }
        }

        Assert.Equal("%", Single(result, "VIE.AG.TAUX_STRUCTURES", "FED").Unit);
        Assert.Equal("nombre", Single(result, "VIE.AG.PARTICIPANTS", "FED").Unit);
    }

    [Fact]
    public void WithoutReference_FederalLifeCountsAreZeroAndRatesEmpty()
    {
        var result = Calculate(null);

        Assert.Equal(0m, Single(result, "VIE.AG.EVENEMENTS", "FED").Value);
        Assert.Equal(0m, Single(result, "VIE.CONGRES.PARTICIPANTS", "62").Value);
        Assert.Null(Single(result, "VIE.AG.TAUX_STRUCTURES", "FED").Value);
    }
}
