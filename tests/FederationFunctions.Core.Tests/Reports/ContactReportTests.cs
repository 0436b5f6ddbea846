using FederationFunctions.Core.Reports;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>The reference's v1.1 contacts in the follow-up lists of <c>Synthèse</c> and <c>Complétude</c>.</summary>
public class ContactReportTests
{
    [Fact]
    public void ContactsOfTheReference_AreGivenInCompletudeAndSynthese_AndAbsentOnesSayNonRenseigne()
    {
        var result = ReportFixtures.Consolidation();
        var reference = result.Reference! with
        {
            Structures = result.Reference.Structures
                .Select(s => s.Code == "62-ART-001" ? s with { ContactName = "Nadia Lefebvre", ContactEmail = "direction@mqn.fr", ContactPhone = "+33 3 21 00 00 00" } : s)
                .ToList(),
        };
        using var workbook = WorkbookReading.WriteAndOpen(s => new ConsolidatedWorkbookWriter().Write(result with { Reference = reference }, s));

        var completeness = workbook.Worksheet("Complétude");
        var missing = WorkbookReading.FindRow(completeness, "62-ART-001");
        Assert.Equal(["Nadia Lefebvre", "direction@mqn.fr", "+33 3 21 00 00 00"], Enumerable.Range(11, 3).Select(c => completeness.Cell(missing, c).GetString()));
        var rejected = WorkbookReading.FindRow(completeness, "59-LIL-001");
        Assert.Equal(["non renseigné", "non renseigné", "non renseigné"], Enumerable.Range(11, 3).Select(c => completeness.Cell(rejected, c).GetString()));

        var summary = workbook.Worksheet("Synthèse");
        var chase = WorkbookReading.FindRow(summary, "62-ART-001");
        Assert.Equal(["Nadia Lefebvre", "direction@mqn.fr", "+33 3 21 00 00 00"], Enumerable.Range(5, 3).Select(c => summary.Cell(chase, c).GetString()));
    }
}
