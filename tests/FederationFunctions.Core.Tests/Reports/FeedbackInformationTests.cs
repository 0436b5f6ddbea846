using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>v1.1: information remarks in the feedback report (workbook and JSON twin).</summary>
public class FeedbackInformationTests
{
    private static FeedbackReport AcceptedWithInformation() => ReportFixtures.RejectedFeedback() with
    {
        Outcome = UploadOutcome.Acceptee,
        Issues =
        [
            new ValidationIssue(Severity.Information, "MEETING_UNLINKED", "Rencontres, ligne 4 : la rencontre « Autre rencontre » du 12/03/2023, sans code événement, ne sera comptée dans aucun indicateur.", "Rencontres", 4),
        ],
    };

    [Fact]
    public void Json_CarriesInformationLabelCodeAndCount()
    {
        using var stream = new MemoryStream();
        new FeedbackReportWriter().WriteJson(AcceptedWithInformation(), stream);
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = document.RootElement;
        Assert.Equal("Acceptée", root.GetProperty("outcome").GetString());
        Assert.Equal(0, root.GetProperty("errorCount").GetInt32());
        Assert.Equal(0, root.GetProperty("warningCount").GetInt32());
        Assert.Equal(1, root.GetProperty("informationCount").GetInt32());
        var issue = root.GetProperty("issues")[0];
        Assert.Equal("Information", issue.GetProperty("severity").GetString());
        Assert.Equal("INFORMATION", issue.GetProperty("severityCode").GetString());
        Assert.DoesNotContain("sans aucune remarque", root.GetProperty("meaning").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_ShowsInformationInSummaryAndProblems()
    {
        using var workbook = WorkbookReading.WriteAndOpen(s => new FeedbackReportWriter().WriteWorkbook(AcceptedWithInformation(), s));
        var summary = workbook.Worksheet("Résumé");
        Assert.Equal("1", summary.Cell(WorkbookReading.FindRow(summary, "Informations"), 2).GetString());
        Assert.Equal("Acceptée", summary.Cell(WorkbookReading.FindRow(summary, "Résultat"), 2).GetString());
        Assert.DoesNotContain("sans aucune remarque", summary.Cell(WorkbookReading.FindRow(summary, "Ce que cela signifie"), 2).GetString(), StringComparison.Ordinal);
        var problems = workbook.Worksheet("Problèmes");
        var header = WorkbookReading.FindRow(problems, "Gravité");
        Assert.Equal(new[] { "Information", "Rencontres", "4" }, WorkbookReading.RowTexts(problems, header + 1, 3));
    }

    [Fact]
    public void Summary_ListsErrorsThenWarningsThenInformation()
    {
        var report = ReportFixtures.RejectedFeedback() with
        {
            Issues =
            [
                new ValidationIssue(Severity.Information, "I", "info", "Formations", 2),
                new ValidationIssue(Severity.Warning, "W", "avert", "Formations", 3),
                new ValidationIssue(Severity.Error, "E", "erreur", "Formations", 4),
            ],
        };
        using var workbook = WorkbookReading.WriteAndOpen(s => new FeedbackReportWriter().WriteWorkbook(report, s));
        var summary = workbook.Worksheet("Résumé");
        var first = WorkbookReading.FindRow(summary, "Erreur");
        Assert.Equal(new[] { "Erreur", "Avertissement", "Information" }, Enumerable.Range(first, 3).Select(r => summary.Cell(r, 1).GetString()).ToArray());
    }
}
