using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Reports;

public class FeedbackReportWriterTests
{
    private static XLWorkbook Written(FeedbackReport report) =>
        WorkbookReading.WriteAndOpen(s => new FeedbackReportWriter().WriteWorkbook(report, s));

    private static string Json(FeedbackReport report)
    {
        using var stream = new MemoryStream();
        new FeedbackReportWriter().WriteJson(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Workbook_HasResumeThenProblemes()
    {
        using var workbook = Written(ReportFixtures.RejectedFeedback());
        Assert.Equal(new[] { "Résumé", "Problèmes" }, workbook.Worksheets.Select(w => w.Name).ToArray());
    }

    [Fact]
    public void Resume_SaysWhatHappenedAndWhatToDo()
    {
        using var workbook = Written(ReportFixtures.RejectedFeedback());
        var sheet = workbook.Worksheet("Résumé");
        string Field(string label) => sheet.Cell(WorkbookReading.FindRow(sheet, label), 2).GetString();
        Assert.Equal("activité 2023.xlsx", Field("Fichier"));
        Assert.Equal("59-LIL-001", Field("Structure"));
        Assert.Equal("2023", Field("Année"));
        Assert.Equal("01/02/2024 à 17:00 (heure de Paris)", Field("Déposé le"));
        Assert.Equal("Rejetée", Field("Résultat"));
        Assert.Equal("Votre fichier n'a pas été pris en compte. Corrigez les erreurs ci-dessous puis déposez-le à nouveau.", Field("Ce que cela signifie"));
        Assert.Equal("3", Field("Erreurs"));
        Assert.Equal("2", Field("Avertissements"));
    }

    [Theory]
    [InlineData(UploadOutcome.Acceptee, "Acceptée")]
    [InlineData(UploadOutcome.AccepteeAvecAvertissements, "Acceptée avec avertissements")]
    [InlineData(UploadOutcome.Doublon, "Doublon")]
    [InlineData(UploadOutcome.Remplacee, "Remplacée")]
    public void Resume_NamesEveryOutcomeAndExplainsIt(UploadOutcome outcome, string label)
    {
        var report = ReportFixtures.RejectedFeedback() with { Outcome = outcome, Issues = [], Summary = [new("Rencontres", 12)] };
        using var workbook = Written(report);
        var sheet = workbook.Worksheet("Résumé");
        var outcomeRow = WorkbookReading.FindRow(sheet, "Résultat");
        Assert.Equal(label, sheet.Cell(outcomeRow, 2).GetString());
        Assert.Equal(OutcomeExplanation.For(outcome).Meaning, sheet.Cell(outcomeRow + 1, 2).GetString());
        Assert.Equal(12.0, sheet.Cell(WorkbookReading.FindRow(sheet, "Rencontres"), 2).GetDouble());
        Assert.Equal("Aucun problème : rien à corriger.", workbook.Worksheet("Problèmes").Cell(6, 1).GetString());
    }

    [Fact]
    public void Problemes_TableSortedBySheetRowColumn_ValuesStayText()
    {
        using var workbook = Written(ReportFixtures.RejectedFeedback());
        var sheet = workbook.Worksheet("Problèmes");
        var header = WorkbookReading.FindRow(sheet, "Gravité");
        Assert.Equal(new[] { "Gravité", "Feuille", "Ligne", "Colonne", "En-tête", "Valeur lue", "Message" }, WorkbookReading.RowTexts(sheet, header, 7));
        Assert.Equal(new[] { "Avertissement", "Formations", "3", "G", "Remarques", "" }, WorkbookReading.RowTexts(sheet, header + 1, 6));
        Assert.Equal(new[] { "Avertissement", "Formations", "7", "B", "-2", "@SUM(A1)" }, WorkbookReading.RowTexts(sheet, header + 2, 6));
        Assert.Equal(new[] { "Erreur", "Formations", "7", "D", "Salariés formés", "douze" }, WorkbookReading.RowTexts(sheet, header + 3, 6));
        Assert.Equal(new[] { "Erreur", "Formations", "7", "AA", "Notes", "+1" }, WorkbookReading.RowTexts(sheet, header + 4, 6));
        Assert.Equal(new[] { "Erreur", "Structure", "5", "B", "Salariés (personnes)", ReportFixtures.HyperlinkInjection }, WorkbookReading.RowTexts(sheet, header + 5, 6));
        Assert.True(sheet.Cell(header + 6, 1).IsEmpty());
        Assert.Equal(XLDataType.Number, sheet.Cell(header + 1, 3).DataType);

        foreach (var cell in new[] { sheet.Cell(header + 2, 5), sheet.Cell(header + 2, 6), sheet.Cell(header + 4, 6), sheet.Cell(header + 5, 6) })
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
        }

        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal($"A{header}:G{header + 5}", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(80, sheet.Column(7).Width);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(1, sheet.PageSetup.PagesWide);
    }

    [Fact]
    public void Json_RoundTripsWithEveryField()
    {
        var json = Json(ReportFixtures.RejectedFeedback());
        var document = JsonSerializer.Deserialize<FeedbackJson>(json, FeedbackReportWriter.JsonSerializerOptions);
        Assert.NotNull(document);
        Assert.Equal(1, document.FormatVersion);
        Assert.Equal("uploads", document.Container);
        Assert.Equal("59-LIL-001/activité 2023.xlsx", document.BlobName);
        Assert.Equal("59-LIL-001", document.StructureCode);
        Assert.Equal(2023, document.Year);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 16, 0, 5, TimeSpan.Zero), document.UploadedAt);
        Assert.Equal("Rejetée", document.Outcome);
        Assert.Equal("REJETEE", document.OutcomeCode);
        Assert.Equal(3, document.ErrorCount);
        Assert.Equal(2, document.WarningCount);
        Assert.Equal(5, document.Issues.Count);
        Assert.Equal(
            new FeedbackJsonIssue("Erreur", "ERREUR", "INTEGER_INVALID", "Formations", 7, "D", "Salariés formés", "douze",
                "Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12."),
            document.Issues[2]);
        Assert.Equal(ReportFixtures.HyperlinkInjection, document.Issues[4].Value);
    }

    [Fact]
    public void Json_IsCamelCaseWithFrenchAccentsUnescaped()
    {
        var json = Json(ReportFixtures.RejectedFeedback());
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Rejetée", parsed.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("issues")[0].GetProperty("value").ValueKind);
        Assert.Contains("\"outcome\": \"Rejetée\"", json, StringComparison.Ordinal);
        Assert.Contains("« douze »", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WrittenAsUtf8WithoutByteOrderMark()
    {
        using var stream = new MemoryStream();
        new FeedbackReportWriter().WriteJson(ReportFixtures.RejectedFeedback(), stream);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        Assert.True(bytes.AsSpan().IndexOf("\"Rejetée\""u8) > 0);
    }
}
