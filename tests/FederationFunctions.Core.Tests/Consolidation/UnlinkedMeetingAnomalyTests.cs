using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>The anomaly of a meeting that links to nothing names its type in French, never by its raw code.</summary>
public class UnlinkedMeetingAnomalyTests
{
    [Theory]
    [InlineData(EventType.AUTRE, "Autre rencontre", "AUTRE")]
    [InlineData(EventType.DIRECTIONS, "Réunion des directions", "DIRECTIONS")]
    public void UnlinkedMeeting_ShowsTheTypeLabel(EventType type, string label, string rawCode)
    {
        var result = Calculate(
            Reference([Territory("LIL", Department.Nord)], [Structure("59-LIL-001", "LIL", Department.Nord)], [Event("AT-LIL-1", "2023-06-02", EventType.AT, "LIL")]),
            Accepted(Workbook("59-LIL-001", meetings: [Meeting(5, null, "2023-09-20", type, 1, 2)])));

        var anomaly = Assert.Single(result.Anomalies, a => a.Kind == AnomalyKind.UnlinkedMeeting);
        Assert.Contains($"La rencontre « {label} » du 20/09/2023", anomaly.Message, StringComparison.Ordinal);
        Assert.DoesNotContain($"({rawCode})", anomaly.Message, StringComparison.Ordinal);
    }
}
