using FederationFunctions.Core.Validation;
using Xunit.Abstractions;
using static FederationFunctions.Core.Tests.SpecAudit.SpecAuditFiles;

namespace FederationFunctions.Core.Tests.SpecAudit;

/// <summary>Every French message names its place first and says what to do.</summary>
public class SpecAuditMessageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCentreMessage_StartsWithItsLocation_AndEndsWithAFullStop()
    {
        var package = Centre();
        package["Structure"].Set(1, "B", "59-LIL-01").Set(2, "B", "deux mille").Set(4, "B", -3).Set(5, "B", "1,2,3").Set(9, "A", "Bénévoles").Set(9, "B", 3);
        package["Structure"].Rows[6] = null;
        package["Rencontres"].Set(1, "G", "Remarques")
            .Set(2, "B", "05/13/2023").Set(2, "C", "Séminaire").Set(2, "D", "douze").Set(2, "E", "1.200").Set(2, "F", "Peut-être")
            .Set(3, "B", RawCell.Error("#N/A")).Set(3, "D", RawCell.FormulaWithoutValue("SUM(A1:A2)")).Set(3, "E", null)
            .Row("Total", null, null, 3, 3);
        package["Formations"].Row("X", null, "mai 2023", 0, 0).Row(null, null, null, 1, "12,5");
        package["Dispositifs"].Set(2, "A", "Contrat de ville").Set(2, "C", "Suspendu").Set(3, "D", "12,345 €")
            .Row("ANCV", null, "En cours", null, null, null, null)
            .Row("ANCV", null, "En cours", null, null, null, null);

        var result = await CheckCentreAsync(package, "59-ROU-002");

        foreach (var issue in result.Issues)
        {
            output.WriteLine($"{issue.Severity} {issue.Code} | {issue.Message}");
        }

        Assert.All(result.Issues, issue =>
        {
            var prefix = issue.Row is null ? $"{issue.Sheet} : " : issue.Column is null ? $"{issue.Sheet}, ligne {issue.Row} : " : $"{issue.Sheet}, ligne {issue.Row}, colonne {issue.Column} ({issue.Header}) : ";
            Assert.StartsWith(prefix, issue.Message, StringComparison.Ordinal);
            Assert.EndsWith(".", issue.Message, StringComparison.Ordinal);
        });
        Assert.True(result.Issues.Count >= 20, $"only {result.Issues.Count} issues");
    }
}
