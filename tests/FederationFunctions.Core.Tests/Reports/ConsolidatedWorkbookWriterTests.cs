using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Core.Tests.Reports;

public class ConsolidatedWorkbookWriterTests
{
    private static readonly string[] ExpectedSheets =
        ["Synthèse", "Réseau", "Vie fédérale", "Formation", "FOSFORA", "Santé", "Dispositifs", "Complétude", "Anomalies", "Indicateurs"];

    private static XLWorkbook Written(ConsolidationResult? result = null) =>
        WorkbookReading.WriteAndOpen(s => new ConsolidatedWorkbookWriter().Write(result ?? ReportFixtures.Consolidation(), s));

    [Fact]
    public void Write_SheetsAreInTheSpecOrder()
    {
        using var workbook = Written();
        Assert.Equal(ExpectedSheets, workbook.Worksheets.Select(w => w.Name).ToArray());
    }

    [Fact]
    public void Indicateurs_HeaderIsRowOneExactly()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Indicateurs");
        // The contract's five columns first, in order; v1.1 allows last year's three after them; nothing else.
        Assert.Equal(new[] { "Code", "Périmètre", "Libellé", "Valeur", "Unité", "Valeur N-1", "Évolution", "Évolution (%)", "" }, WorkbookReading.RowTexts(sheet, 1, 9));
    }

    [Fact]
    public void Indicateurs_OneRowPerIndicatorInCalculatorOrder_ValuesAreNumbersOrEmpty()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Indicateurs");
        Assert.Equal(new[] { "RESEAU.STRUCTURES", "FED", "Structures adhérentes", "nombre" },
            new[] { sheet.Cell(2, 1).GetString(), sheet.Cell(2, 2).GetString(), sheet.Cell(2, 3).GetString(), sheet.Cell(2, 5).GetString() });
        Assert.Equal("SAM", sheet.Cell(5, 2).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 4).DataType);
        Assert.Equal(3.0, sheet.Cell(2, 4).GetDouble());
        Assert.Equal(XLDataType.Number, sheet.Cell(6, 4).DataType);
        Assert.Equal(2.0 / 3.0, sheet.Cell(6, 4).GetDouble(), 12);
        Assert.Equal(37.05, sheet.Cell(7, 4).GetDouble(), 12);
        Assert.Equal("AT.PARTICIPANTS_MOYEN", sheet.Cell(8, 1).GetString());
        Assert.True(sheet.Cell(8, 4).IsEmpty());
        Assert.Equal("F-01", sheet.Cell(12, 2).GetString());
        Assert.True(sheet.Cell(13, 1).IsEmpty());
    }

    [Theory]
    [InlineData(2, "#,##0")]
    [InlineData(6, "0 %")]
    [InlineData(7, "#,##0.00")]
    [InlineData(9, "#,##0.0")]
    [InlineData(10, "#,##0 \"€\"")]
    public void Indicateurs_ValueFormatFollowsTheUnit(int row, string expectedFormat)
    {
        using var workbook = Written();
        Assert.Equal(expectedFormat, workbook.Worksheet("Indicateurs").Cell(row, 4).Style.NumberFormat.Format);
    }

    [Fact]
    public void TextFromUploads_StaysTextAndNeverBecomesAFormula()
    {
        using var workbook = Written();
        var completeness = workbook.Worksheet("Complétude");
        var lilleRow = WorkbookReading.FindRow(completeness, "59-LIL-001");
        AssertText(completeness.Cell(lilleRow, 2), ReportFixtures.HyperlinkInjection);
        AssertText(completeness.Cell(lilleRow, 8), ReportFixtures.PlusInjection);

        var anomalies = workbook.Worksheet("Anomalies");
        var unlinkedRow = WorkbookReading.FindRow(anomalies, "Rencontre non rattachée au calendrier");
        AssertText(anomalies.Cell(unlinkedRow, 4), ReportFixtures.MinusInjection);
        AssertText(anomalies.Cell(unlinkedRow, 6), ReportFixtures.AtInjection);

        var found = workbook.Worksheets.SelectMany(w => w.CellsUsed())
            .Where(c => ReportFixtures.Injections.Contains(c.GetString())).ToList();
        Assert.Equal(5, found.Count); // the rejected centre's name also appears in Synthèse's list of centres to chase
        Assert.All(found, c => Assert.False(c.HasFormula));
        Assert.All(found, c => Assert.Equal(XLDataType.Text, c.DataType));
    }

    [Fact]
    public void EverySheet_HasFrozenHeaderAutoFilterLandscapeFitToWidthAndSetWidths()
    {
        using var workbook = Written();
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.True(sheet.SheetView.SplitRow > 0, sheet.Name + " has no frozen rows");
            Assert.True(sheet.AutoFilter.IsEnabled, sheet.Name + " has no auto-filter");
            Assert.Equal(sheet.SheetView.SplitRow, sheet.AutoFilter.Range.FirstRow().RowNumber());
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.NotEqual(sheet.ColumnWidth, sheet.Column(1).Width);
        }

        Assert.Equal(1, workbook.Worksheet("Indicateurs").SheetView.SplitRow);
        Assert.Equal("A1:H12", workbook.Worksheet("Indicateurs").AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public void EveryHumanSheet_ShowsATitleTheYearAndTheComputationTime_ParisTimeSaidOnce()
    {
        using var workbook = Written();
        foreach (var sheet in workbook.Worksheets.Where(w => w.Name != "Indicateurs"))
        {
            Assert.False(string.IsNullOrWhiteSpace(sheet.Cell(1, 1).GetString()), sheet.Name);
            Assert.StartsWith("Année 2023 · état au 01/03/2024 à 02:02", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(
            "Année 2023 · état au 01/03/2024 à 02:02 · toutes les heures de ce classeur sont en heure de Paris",
            workbook.Worksheet("Synthèse").Cell(2, 1).GetString());
        var zoneMentions = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Count(c => c.GetString().Contains("heure de Paris", StringComparison.Ordinal));
        Assert.Equal(1, zoneMentions);
        var note = workbook.Worksheet("Indicateurs").Cell(1, 1).Comment.Text;
        Assert.Contains("Année 2023 · état au 01/03/2024 à 02:02", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Fosfora_RowsAndTotalsAreWrittenAsGiven()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("FOSFORA");
        var header = WorkbookReading.FindRow(sheet, "Ligne FOSFORA");
        Assert.Equal(new[] { "Ligne FOSFORA", "Nombre de centres sociaux", "Nombre de bénévoles", "Nombre de séances", "Montant FOSFORA (€)" },
            WorkbookReading.RowTexts(sheet, header, 5));
        var expected = new (string Label, double[]? Figures, bool Bold)[]
        {
            ("Formation des bénévoles", null, true),
            ("Formations Mixtes", [2, 10, 4, 30000], false),
            ("Formations bénévoles", [1, 5, 2, 12000], false),
            ("Total formation des bénévoles", [3, 15, 6, 42000], true),
            ("Financements spécifiques", null, true),
            ("Projets de territoire", [1, 0, 0, 10000], false),
            ("TOTAL GÉNÉRAL", [4, 15, 6, 52000], true),
        };
        for (var n = 0; n < expected.Length; n++)
        {
            var row = header + 1 + n;
            Assert.Equal(expected[n].Label, sheet.Cell(row, 1).GetString());
            Assert.Equal(expected[n].Bold, sheet.Cell(row, 1).Style.Font.Bold);
            if (expected[n].Figures is { } figures)
            {
                Assert.Equal(figures, Enumerable.Range(2, 4).Select(c => sheet.Cell(row, c).GetDouble()).ToArray());
            }
            else
            {
                Assert.True(sheet.Cell(row, 2).IsEmpty());
            }
        }

        Assert.Equal("#,##0 \"€\"", sheet.Cell(header + 7, 5).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(header + 8, 1).IsEmpty());
        Assert.Equal("Attention : le montant FOSFORA total dépasse l'enveloppe de 50\u202F000\u00A0€ de 2\u202F000\u00A0€.", sheet.Cell(header + 9, 1).GetString());
    }

    [Fact]
    public void Sante_HasTheSpecRowsAndColumns()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Santé");
        var header = WorkbookReading.FindRow(sheet, "Santé");
        Assert.Equal(new[] { "Santé", "Nord", "Pas-de-Calais", "Total" }, WorkbookReading.RowTexts(sheet, header, 4));
        var expected = new (string Label, double Nord, double PasDeCalais, double Total)[]
        {
            ("Nombre de centres", 2, 1, 3),
            ("Nombre de projets", 3, 1, 4),
            ("Nombre de projets nutrition", 2, 1, 3),
            ("Financements projets nutrition", 1500, 500, 2000),
            ("Nombre de projets prévention cancer", 1, 0, 1),
            ("Financements projets prévention cancer", 800, 0, 800),
            ("Total des financements", 2300, 500, 2800),
        };
        for (var n = 0; n < expected.Length; n++)
        {
            var row = header + 1 + n;
            Assert.Equal(expected[n], (sheet.Cell(row, 1).GetString(), sheet.Cell(row, 2).GetDouble(), sheet.Cell(row, 3).GetDouble(), sheet.Cell(row, 4).GetDouble()));
        }

        Assert.Equal("#,##0 \"€\"", sheet.Cell(header + 4, 2).Style.NumberFormat.Format);
        Assert.Equal("#,##0", sheet.Cell(header + 1, 2).Style.NumberFormat.Format);
    }

    [Fact]
    public void Completude_OneRowPerMemberWithFrenchStatus()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Complétude");
        var header = WorkbookReading.FindRow(sheet, "Code structure");
        Assert.Equal(new[] { "Code structure", "Nom", "Code AT", "Assemblée territoriale", "Département", "Statut", "Date du dépôt retenu", "Fichier", "Erreurs", "Avertissements", "Contact", "Courriel", "Téléphone" },
            WorkbookReading.RowTexts(sheet, header, 13));

        // Sorted for the follow-up: missing, rejected, then received.
        Assert.Equal(new[] { "62-ART-001", "Maison de quartier Nord", "ART", "Artois", "Pas-de-Calais", "Manquante", "", "" }, WorkbookReading.RowTexts(sheet, header + 1, 8));
        Assert.Equal("Rejetée", sheet.Cell(header + 2, 6).GetString());
        Assert.Equal(3.0, sheet.Cell(header + 2, 9).GetDouble());
        Assert.Equal(new[] { "59-SAM-001", "Centre social du Val", "SAM", "Sambre-Avesnois", "Nord", "Reçue" }, WorkbookReading.RowTexts(sheet, header + 3, 6));
        Assert.Equal(new DateTime(2024, 1, 15, 10, 30, 0), sheet.Cell(header + 3, 7).GetDateTime());
        Assert.Equal(new[] { "non renseigné", "non renseigné", "non renseigné" }, Enumerable.Range(11, 3).Select(c => sheet.Cell(header + 1, c).GetString()).ToArray());
        Assert.True(sheet.Cell(header + 4, 1).IsEmpty());
    }

    [Fact]
    public void Dispositifs_ListsEveryProgrammeForNordPasDeCalaisAndFederation()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Dispositifs");
        var header = WorkbookReading.FindRow(sheet, "Code");
        Assert.Equal(new[] { "CSC", "Centres Sociaux Connectés", "Nord" }, WorkbookReading.RowTexts(sheet, header + 1, 3));
        Assert.Equal(new[] { "CSC", "Centres Sociaux Connectés", "Fédération" }, WorkbookReading.RowTexts(sheet, header + 3, 3));
        Assert.Equal(new[] { "AUTRE", "Autre", "Fédération" }, WorkbookReading.RowTexts(sheet, header + 39, 3));
        Assert.True(sheet.Cell(header + 40, 1).IsEmpty());
    }

    [Fact]
    public void Synthese_ListsWhatIsMissing()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Synthèse");
        var texts = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("1 structure n'a rien envoyé : voir « Structures à relancer » ci-dessous.", texts);
        Assert.Contains("1 structure a une remontée rejetée à corriger : voir « Structures à relancer » ci-dessous.", texts);
        var chaseHeader = WorkbookReading.FindRow(sheet, "Code structure");
        Assert.Equal(new[] { "Code structure", "Nom", "Assemblée territoriale", "Situation", "Contact", "Courriel", "Téléphone" }, WorkbookReading.RowTexts(sheet, chaseHeader, 7));
        Assert.Equal(new[] { "62-ART-001", "Maison de quartier Nord", "Artois", "Rien envoyé", "non renseigné", "non renseigné", "non renseigné" }, WorkbookReading.RowTexts(sheet, chaseHeader + 1, 7));
        Assert.Equal("Remontée rejetée à corriger", sheet.Cell(chaseHeader + 2, 4).GetString());
        var networkRow = WorkbookReading.FindRow(sheet, "Structures adhérentes");
        Assert.Equal(new[] { 2.0, 1.0, 3.0 }, Enumerable.Range(2, 3).Select(c => sheet.Cell(networkRow, c).GetDouble()).ToArray());
    }

    [Fact]
    public void Reseau_CountsMembersByDepartmentTypeAndManagement()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Réseau");
        var header = WorkbookReading.FindRow(sheet, "Département");
        var nord = header + 1;
        Assert.Equal("Nord", sheet.Cell(nord, 1).GetString());
        Assert.Equal(new[] { 1.0, 0.0, 0.0, 1.0 }, Enumerable.Range(2, 4).Select(c => sheet.Cell(nord, c).GetDouble()).ToArray());
        var federation = header + 3;
        Assert.Equal("Fédération", sheet.Cell(federation, 1).GetString());
        Assert.Equal(new[] { 1.0, 1.0, 0.0, 1.0 }, Enumerable.Range(2, 4).Select(c => sheet.Cell(federation, c).GetDouble()).ToArray());
        Assert.Equal(3.0, sheet.Cell(federation, 10).GetDouble());
    }

    [Fact]
    public void NoReference_StillWritesEverySheetAndSaysSo()
    {
        var result = ReportFixtures.Consolidation() with { Reference = null, Completeness = [], Anomalies = [] };
        using var workbook = Written(result);
        Assert.Equal(ExpectedSheets, workbook.Worksheets.Select(w => w.Name).ToArray());
        var texts = workbook.Worksheet("Synthèse").CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(texts, t => t.StartsWith("Aucun référentiel n'a été accepté pour cette année", StringComparison.Ordinal));
    }

    private static void AssertText(IXLCell cell, string expected)
    {
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(expected, cell.GetString());
    }
}
