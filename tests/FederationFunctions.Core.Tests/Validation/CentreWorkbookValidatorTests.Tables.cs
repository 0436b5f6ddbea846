using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// What the three tables share: the header row, columns, blank rows, total rows and the row limit (§ Tables).
public partial class CentreWorkbookValidatorTests
{
    [Fact]
    public void HeaderRowBelowTitleRows_IsFound()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s => s
                .Row(1, "Formations suivies en 2023")
                .Row(2, "Une ligne par action de formation, Salariés formés = nombre de salariés")
                .Row(4, "Code action", "Intitulé", "Date", "Salariés formés", "Bénévoles formés")
                .Row(5, "SAL-REF", "Référent", null, 2, 0),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(5, Assert.Single(result.Workbook!.Trainings).RowNumber);
    }

    [Fact]
    public void RowWithLessThanHalfTheRequiredHeaders_IsNotTheHeaderRow()
    {
        // Rencontres has 4 required columns: "Date" alone (1 of 4) is a title, the full header is row 2.
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s => s
                .Row(1, "Date")
                .Row(2, "Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents")
                .Row(3, null, Cells.Date(2023, 3, 15), "AG", 1, 1),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(3, Assert.Single(result.Workbook!.Meetings).RowNumber);
    }

    [Fact]
    public void RowWithHalfTheRequiredHeaders_IsTheHeaderRow_AndTheOthersAreMissing()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s => s
                .Row(1, "Date", "Type")
                .Row(2, Cells.Date(2023, 3, 15), "AG"),
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var missing = result.Issues.Where(i => i.Code == "REQUIRED_COLUMN_MISSING").ToArray();
        Assert.Equal(["Salariés présents", "Bénévoles présents"], missing.Select(i => i.Header));
        Assert.All(missing, i => Assert.Equal("Rencontres", i.Sheet));
        Assert.All(missing, i => Assert.Equal(1, i.Row));
        Assert.Equal(
            "Rencontres : la colonne obligatoire « Salariés présents » est absente de la ligne d'en-tête (ligne 1). Ajoutez-la (en-têtes acceptés : Salariés présents, Salariés).",
            missing[0].Message);
    }

    [Fact]
    public void NoHeaderRowInTheFirstTenRows_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s => s
                .Row(1, "Formations")
                .Row(11, "Code action", "Intitulé", "Date", "Salariés formés", "Bénévoles formés")
                .Row(12, "SAL-REF", "Référent", null, 2, 0),
        };

        var result = Validate(fixture);

        var issue = Single(result, "HEADER_ROW_NOT_FOUND");
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("Formations", issue.Sheet);
        Assert.StartsWith("Formations : aucune ligne d'en-tête trouvée dans les 10 premières lignes.", issue.Message);
    }

    [Fact]
    public void ColumnsInAnyOrderWithAlternativeHeaders_AreRead()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s => s
                .Row(1, "DIRECTION", "bénévoles", "Type", "Code", "salaries", "Date de la rencontre")
                .Row(2, "x", 4, "congres", "CONGRES-2023", 2, "12 mai 2023"),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(new MeetingRow(2, "CONGRES-2023", new DateOnly(2023, 5, 12), EventType.CONGRES, 2, 4, true), Assert.Single(result.Workbook!.Meetings));
    }

    [Fact]
    public void EnglishIdentifiers_AreAcceptedAsHeaders()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s => s
                .Row(1, "action_code", "staff_trainees", "volunteer_trainees")
                .Row(2, "SAL-REF", 1, 0),
        };

        AssertAccepted(Validate(fixture));
    }

    [Fact]
    public void UnknownColumn_IsAWarningAndIgnored()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s => s
                .Row(1, "Code événement", "Date", "Type de rencontre", "Commentaire", "Salariés présents", "Bénévoles présents")
                .Row(2, null, Cells.Date(2023, 1, 2), "AT", "2 animatrices", 1, 2),
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        Assert.Equal("Acceptée avec avertissements", result.Outcome.ToFrenchLabel());
        var issue = Single(result, "UNKNOWN_COLUMN");
        Assert.Equal((Severity.Warning, "Rencontres", 1, "D", "Commentaire"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.StartsWith("Rencontres, ligne 1, colonne D (Commentaire) : colonne inconnue, ignorée.", issue.Message);
        Assert.NotNull(result.Workbook);
    }

    [Fact]
    public void SameColumnTwice_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s => s
                .Row(1, "Code action", "Salariés formés", "Bénévoles formés", "Salariés")
                .Row(2, "SAL-REF", 1, 0, 3),
        };

        var issue = Single(Validate(fixture), "DUPLICATE_COLUMN");
        Assert.Equal(("D", "Salariés", Severity.Error), (issue.Column, issue.Header, issue.Severity));
        Assert.Contains("colonne B (Salariés formés)", issue.Message);
    }

    [Fact]
    public void MergedHeaderCell_CountsByItsTopLeftValue()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s => s
                .Row(1, "Code action", "Intitulé", "Date", "Participants", null)
                .Row(2, null, null, null, "Salariés formés", "Bénévoles formés")
                .Row(3, "SAL-REF", "Référent", null, 2, 1)
                .Merge("A1:A2").Merge("B1:B2").Merge("C1:C2").Merge("D1:E1"),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(new TrainingRow(3, "SAL-REF", "Référent", null, 2, 1), Assert.Single(result.Workbook!.Trainings));
    }

    [Fact]
    public void BlankRows_AreSkippedAnywhere()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, null, "  ", null).Row(4, "SAL-REF", null, null, 1, 0).Row(5).Row(9, "BEN-EMP", null, null, 0, 1);
            },
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal([4, 9], result.Workbook!.Trainings.Select(t => t.RowNumber));
    }

    [Fact]
    public void RowWithNotesOnlyInIgnoredColumns_IsSkipped()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s => s
                .Row(1, "Code action", "Salariés formés", "Bénévoles formés", "Commentaires")
                .Row(2, "SAL-REF", 1, 0, null)
                .Row(3, null, null, null, "à compléter l'an prochain")
                .Row(4, null, null, null, null, "note sans en-tête"),
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        Assert.Equal("UNKNOWN_COLUMN", Assert.Single(result.Issues).Code);
        Assert.Equal(2, Assert.Single(result.Workbook!.Trainings).RowNumber);
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL")]
    [InlineData("Sous-total")]
    [InlineData("sous total formations")]
    public void TotalRow_IsIgnoredWithAWarning(string label)
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.ValidFormations(s);
                s.Row(4, label, null, null, 3, 2);
            },
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        var issue = Single(result, "TOTAL_ROW_IGNORED");
        Assert.Equal((Severity.Warning, "Formations", 4), (issue.Severity, issue.Sheet, issue.Row));
        Assert.StartsWith("Formations, ligne 4 : ligne de total ignorée", issue.Message);
        Assert.Equal(2, result.Workbook!.Trainings.Count);
    }

    [Fact]
    public void TotalRowWhoseFirstCellIsBlank_IsStillATotalRow()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.ValidRencontres(s);
                s.Row(4, null, "Total", null, 3, 3);
            },
        };

        var result = Validate(fixture);

        Assert.Equal(4, Single(result, "TOTAL_ROW_IGNORED").Row);
        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
    }

    [Fact]
    public void MoreDataRowsThanTheLimit_RejectsTheFile()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                for (var row = 2; row <= 5_002; row++)
                {
                    s.Row(row, "SAL-REF", null, null, 1, 0);
                }
            },
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Single(result, "SHEET_TOO_MANY_ROWS");
        Assert.Equal("Formations", issue.Sheet);
        Assert.Contains("5\u202F001", issue.Message);
        Assert.Single(result.Issues);
    }

    [Fact]
    public void ExactlyTheLimit_IsAccepted()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                for (var row = 2; row <= 4; row++)
                {
                    s.Row(row, "SAL-REF", null, null, 1, 0);
                }
            },
        };

        AssertAccepted(Validate(fixture, limits: new WorkbookReaderLimits { MaxDataRowsPerSheet = 3 }));
        Assert.Equal(UploadOutcome.Rejetee, Validate(fixture, limits: new WorkbookReaderLimits { MaxDataRowsPerSheet = 2 }).Outcome);
    }

    [Fact]
    public async Task HeaderRow_BelowTitleRows_AtRow10_IsFound()
    {
        var package = Centre();
        package["Rencontres"].InsertAbove(["Vie fédérale 2023"], null, ["Une ligne par rencontre."], null, null, null, null, null, ["Remplir en bleu"]);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal([11, 12], result.Workbook!.Meetings.Select(m => m.RowNumber));
    }

    [Fact]
    public async Task HeaderRow_AtRow11_IsNotFound()
    {
        var package = Centre();
        package["Rencontres"].InsertAbove(["Vie fédérale 2023"], null, null, null, null, null, null, null, null, ["Remplir en bleu"]);

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Contains(result.Issues, i => i.Severity == Severity.Error && i.Sheet == "Rencontres");
    }

    [Fact]
    public async Task HeaderRow_WithHalfTheRequiredHeaders_IsTheHeaderRow_MissingOnesAreErrors()
    {
        var package = Centre();
        package["Rencontres"].Rows[0] = ["Code événement", "Date", "Type de rencontre", "Staff", "Volontaires", "Direction présente"];

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Equal(2, result.Issues.Count(i => i.Severity == Severity.Error && i.Sheet == "Rencontres" && i.Row == 1 && i.Column is null));
        Assert.Equal(2, result.Issues.Count(i => i.Severity == Severity.Warning && i.Sheet == "Rencontres" && i.Row == 1));
    }

    [Fact]
    public async Task MergedHeaderCells_TopLeftValueCounts()
    {
        var package = Centre();
        var sheet = package["Rencontres"];
        sheet.InsertAbove(["Code événement", "Participation"]);
        sheet.Rows[1] = [null, "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente"];
        sheet.Merges.Add("A1:A2");
        sheet.Merges.Add("B1:F1");

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal("AT-LIL-01", result.Workbook!.Meetings[0].EventCode);
        Assert.Equal(3, result.Workbook.Meetings[0].RowNumber);
    }

    [Fact]
    public async Task MergedHeaderCell_Horizontal_CountsInItsFirstColumn()
    {
        var package = Centre();
        var sheet = package["Rencontres"];
        sheet.Set(1, "F", "Direction présente").Set(1, "G", null);
        sheet.Merges.Add("F1:G1");

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.True(result.Workbook!.Meetings[0].DirectorPresent);
    }

    [Fact]
    public async Task Columns_InAnyOrder_AreRead()
    {
        var package = Centre();
        var sheet = package["Formations"];
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            sheet.Rows[r] = [.. sheet.Rows[r]!.Reverse()];
        }

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new TrainingRow(3, "BEN-EMP", "La fonction employeur", null, 0, 2), result.Workbook!.Trainings[1]);
    }

    [Fact]
    public async Task UnknownColumn_IsAWarningOnItsHeader_AndIgnored()
    {
        var package = Centre();
        package["Rencontres"].Set(1, "G", "Commentaire").Set(2, "G", "douze");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Rencontres", 1, "G", "Commentaire");
        Assert.Equal(2, result.Workbook!.Meetings.Count);
    }

    [Fact]
    public async Task InclusiveWritingHeader_IsNotRecognised()
    {
        var package = Centre();
        package["Formations"].Set(1, "D", "Salarié·es formé·es");

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Contains(result.Issues, i => i is { Severity: Severity.Warning, Sheet: "Formations", Row: 1, Column: "D" });
        Assert.Contains(result.Issues, i => i is { Severity: Severity.Error, Sheet: "Formations", Row: 1, Column: null } && i.Message.Contains("Salariés formés", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rencontres", "C", "Type de rencontre")]
    [InlineData("Rencontres", "B", "Date")]
    [InlineData("Formations", "A", "Code action")]
    [InlineData("Dispositifs", "C", "Statut")]
    public async Task RequiredColumnMissing_IsAnErrorForTheSheet(string sheetName, string column, string header)
    {
        var package = Centre();
        var sheet = package[sheetName];
        foreach (var row in sheet.Rows)
        {
            row![SpecWorkbookPackage.ColumnIndex(column)] = null;
        }

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, sheetName, 1, null);
        Assert.Contains(header, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionalColumnsMissing_AreAccepted()
    {
        var package = Centre();
        foreach (var row in package["Rencontres"].Rows)
        {
            row![0] = null;
            row[5] = null;
        }

        foreach (var row in package["Formations"].Rows)
        {
            row![1] = null;
            row[2] = null;
        }

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new MeetingRow(2, null, new DateOnly(2023, 3, 15), EventType.AT, 2, 3, false), result.Workbook!.Meetings[0]);
    }

    [Fact]
    public async Task BlankRows_AnywhereAreSkipped()
    {
        var package = Centre();
        var sheet = package["Formations"];
        sheet.Rows.Insert(1, null);
        sheet.Rows.Insert(3, [null, " ", null]);
        sheet.Rows.Add(null);
        sheet.Rows.Add(null);
        sheet.Row("SAL-REF", null, null, 1, 1);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal([3, 5, 8], result.Workbook!.Trainings.Select(t => t.RowNumber));
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL")]
    [InlineData("Sous-total")]
    [InlineData("Total général")]
    public async Task TotalRow_AnySpelling_IsIgnoredWithAWarning(string label)
    {
        var package = Centre();
        package["Formations"].Row(label, null, null, 3, 2);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Formations", 4, null);
        Assert.Equal(2, result.Workbook!.Trainings.Count);
    }

    [Fact]
    public async Task TotalRow_FirstNonBlankCellInAnotherColumn_IsIgnoredWithAWarning()
    {
        var package = Centre();
        package["Rencontres"].Row(null, null, "TOTAL", RawCell.FormulaNumber("SUM(D2:D3)", "3"), RawCell.FormulaNumber("SUM(E2:E3)", "3"));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Rencontres", 4, null);
    }
}
