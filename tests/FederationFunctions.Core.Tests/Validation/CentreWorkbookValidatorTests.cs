using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Validation;

public class CentreWorkbookValidatorTests
{
    private static ValidationResult<CentreWorkbook> Validate(CentreWorkbookFixture fixture, string? expectedCode = CentreWorkbookFixture.Code, WorkbookReaderLimits? limits = null) =>
        new CentreWorkbookValidator(limits).Validate(fixture.Build(), expectedCode);

    private static ValidationIssue Single(ValidationResult<CentreWorkbook> result, string code)
    {
        var matching = result.Issues.Where(i => i.Code == code).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {code}, got: {string.Join(" | ", result.Issues.Select(i => i.Code + ": " + i.Message))}");
        return matching[0];
    }

    private static void AssertAccepted(ValidationResult<CentreWorkbook> result)
    {
        Assert.True(result.Outcome == UploadOutcome.Acceptee, string.Join(" | ", result.Issues.Select(i => i.Message)));
        Assert.NotNull(result.Workbook);
    }

    [Fact]
    public void ValidWorkbook_IsAcceptedAndNormalised()
    {
        var result = Validate(new CentreWorkbookFixture());

        AssertAccepted(result);
        Assert.Equal("Acceptée", result.Outcome.ToFrenchLabel());
        var workbook = result.Workbook!;
        Assert.Equal(new StructureDeclaration("59-LIL-001", 2023, "Centre social des Oliviers", 12, 7.5m, 40, 8, 300), workbook.Structure);
        Assert.Equal(
            [
                new MeetingRow(2, "AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, 2, 3, true),
                new MeetingRow(3, null, new DateOnly(2023, 6, 1), EventType.DIRECTIONS, 1, 0, false),
            ],
            workbook.Meetings);
        Assert.Equal(
            [
                new TrainingRow(2, "SAL-REF", "Être référent famille", new DateOnly(2023, 4, 12), 3, 0),
                new TrainingRow(3, "BEN-EMP", "La fonction employeur", null, 0, 2),
            ],
            workbook.Trainings);
        Assert.Equal(
            [
                new ProgrammeRow(2, ProgrammeCode.CSC, "Permanences numériques", ProjectStatus.EnCours, 11900m, "FEDER", 60, 29),
                new ProgrammeRow(3, ProgrammeCode.SANTE_NUTRITION, "Ateliers cuisine", ProjectStatus.Termine, 1500m, "ARS", 25, 10),
            ],
            workbook.Programmes);
    }

    [Fact]
    public void RejectedWorkbookWithReadableYear_DeclaresItsYear()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", "59-LIL-001").Row(2, "Année", "2021").Row(5, "Salariés (ETP)", "8,36")
            .Row(6, "Bénévoles d'activité", "12").Row(7, "Administrateurs bénévoles", "9");

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        Assert.Equal(2021, result.DeclaredYear);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("deux mille")]
    public void RejectedWorkbookWithUnreadableYear_DeclaresNoYear(string year)
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", "59-LIL-001").Row(2, "Année", year).Row(4, "Salariés (personnes)", "12")
            .Row(5, "Salariés (ETP)", "8,36").Row(6, "Bénévoles d'activité", "12").Row(7, "Administrateurs bénévoles", "9");

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.DeclaredYear);
    }

    [Fact]
    public void SameWorkbook_UnderAnyCurrentCulture_GivesTheSameResult()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", "59-lil-001").Row(2, "Année", "2023").Row(4, "Salariés (personnes)", "12")
            .Row(5, "Salariés (ETP)", "8,36").Row(6, "Bénévoles d'activité", "1 200").Row(7, "Administrateurs bénévoles", "9");
        Cultures.ForEach(() =>
        {
            var result = Validate(fixture);
            AssertAccepted(result);
            Assert.Equal(8.36m, result.Workbook!.Structure.StaffFte);
            Assert.Equal(1200, result.Workbook.Structure.ActivityVolunteers);
            Assert.Equal(11900m, result.Workbook.Programmes[0].AmountEur);
        });
    }

    [Fact]
    public void AlternativeSheetNames_AreAccepted()
    {
        var fixture = new CentreWorkbookFixture
        {
            StructureName = "Fiche structure",
            RencontresName = "VIE_FEDERALE",
            FormationsName = "formation ",
            DispositifsName = "Projets",
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Meetings.Count);
        Assert.Equal(2, result.Workbook.Trainings.Count);
        Assert.Equal(2, result.Workbook.Programmes.Count);
    }

    [Fact]
    public void IdentiteSheetName_IsTheStructureSheet()
    {
        var result = Validate(new CentreWorkbookFixture { StructureName = "IDENTITÉ" });
        AssertAccepted(result);
    }

    [Fact]
    public void MissingStructureSheet_IsRejected()
    {
        var result = Validate(new CentreWorkbookFixture { Structure = null });

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        var issue = Single(result, "SHEET_MISSING");
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Null(issue.Sheet);
        Assert.Contains("« Structure »", issue.Message);
        Assert.Contains("Ajoutez une feuille nommée", issue.Message);
    }

    [Fact]
    public void MissingOptionalSheets_MeanNothingToDeclare()
    {
        var result = Validate(new CentreWorkbookFixture { Rencontres = null, Formations = null, Dispositifs = null });

        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Meetings);
        Assert.Empty(result.Workbook.Trainings);
        Assert.Empty(result.Workbook.Programmes);
    }

    [Fact]
    public void EmptyOptionalSheet_MeansNothingToDeclare()
    {
        var result = Validate(new CentreWorkbookFixture { Rencontres = _ => { } });
        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Meetings);
    }

    [Fact]
    public void OtherSheets_AreIgnored()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.ExtraSheets.Add(("Lisez-moi", s => s.Row(1, "Remplissez une ligne par rencontre", 12, "douze")));
        fixture.ExtraSheets.Add(("Listes", s => s.Row(1, "Type de rencontre").Row(2, "n'importe quoi")));

        AssertAccepted(Validate(fixture));
    }

    [Fact]
    public void RenamedOptionalSheet_IsIgnoredWithAWarning()
    {
        var fixture = new CentreWorkbookFixture { RencontresName = "Rencontres 2023" };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        var issue = Single(result, "SHEET_IGNORED");
        Assert.Equal(("Rencontres 2023", Severity.Warning), (issue.Sheet!, issue.Severity));
        Assert.Contains("renommez-la « Rencontres »", issue.Message);
        Assert.Empty(result.Workbook!.Meetings);
    }

    [Fact]
    public void LookalikeSheetBesideTheRealOne_IsIgnoredSilently()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.ExtraSheets.Add(("Rencontres (copie)", CentreWorkbookFixture.ValidRencontres));

        AssertAccepted(Validate(fixture));
    }

    [Fact]
    public void TwoSheetsForTheSameLogicalSheet_IsAnError()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.ExtraSheets.Add(("Participations", CentreWorkbookFixture.ValidRencontres));

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Single(result, "SHEET_DUPLICATE");
        Assert.Equal("Participations", issue.Sheet);
        Assert.Contains("« Rencontres »", issue.Message);
    }

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
    public void FormValue_IsTheFirstNonBlankCellRightOfTheLabel_AndUnmatchedRowsAreIgnored()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s => s
                .Row(1, "Fiche d'identité – remontée 2023")
                .Row(2, "Remplir les cellules jaunes", null, "Commentaire")
                .Row(3, "Code structure", null, null, " 59-lil-001 ")
                .Row(4, "Année", 2023, "année civile")
                .Row(5, "Salariés (personnes)", null, 11)
                .Row(6, "ETP", 8.359999999999999)
                .Row(7, "Bénévoles", 120)
                .Row(8, "Administrateurs", 9)
                .Row(9, "Familles adhérentes")
                .Row(10, "Note libre", "ce que l'on veut"),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(new StructureDeclaration("59-LIL-001", 2023, null, 11, 8.36m, 120, 9, null), result.Workbook!.Structure);
    }

    [Fact]
    public void FormFieldGivenTwice_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s =>
            {
                CentreWorkbookFixture.ValidStructure(s);
                s.Row(9, "Année d'activité", 2024);
            },
        };

        var issue = Single(Validate(fixture), "FIELD_DUPLICATE");
        Assert.Equal((Severity.Error, "Structure", 9, "A", "Année d'activité"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Equal(
            "Structure, ligne 9, colonne A (Année d'activité) : le champ « Année » est déjà donné ligne 2. Gardez une seule ligne « Année ».",
            issue.Message);
    }

    [Fact]
    public void RequiredFormFieldAbsent_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s => s
                .Row(1, "Code structure", CentreWorkbookFixture.Code)
                .Row(2, "Année", 2023)
                .Row(4, "Salariés (personnes)", 12)
                .Row(6, "Bénévoles d'activité", 40)
                .Row(7, "Administrateurs bénévoles", 8),
        };

        var result = Validate(fixture);

        var issue = Single(result, "FIELD_MISSING");
        Assert.Equal(("Structure", "Salariés (ETP)"), (issue.Sheet, issue.Header));
        Assert.Equal(
            "Structure : le champ obligatoire « Salariés (ETP) » est absent. Ajoutez une ligne avec « Salariés (ETP) » en colonne A et sa valeur en colonne B.",
            issue.Message);
        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
    }

    [Fact]
    public void RequiredFormFieldWithoutValue_IsAnErrorAtColumnB()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s => s
                .Row(1, "Code structure", CentreWorkbookFixture.Code)
                .Row(2, "Année", 2023)
                .Row(4, "Salariés (personnes)", 12)
                .Row(5, "Salariés (ETP)")
                .Row(6, "Bénévoles d'activité", 40)
                .Row(7, "Administrateurs bénévoles", 8),
        };

        var issue = Single(Validate(fixture), "VALUE_REQUIRED");
        Assert.Equal(("Structure", 5, "B", "Salariés (ETP)"), (issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.StartsWith("Structure, ligne 5, colonne B (Salariés (ETP)) : la cellule est vide", issue.Message);
    }

    [Theory]
    [InlineData("59-LI-001")]
    [InlineData("59-LIL-01")]
    [InlineData("LIL-59-001")]
    [InlineData("59 LIL 001")]
    public void StructureCodeNotMatchingThePattern_IsAnError(string code)
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", code).Row(2, "Année", 2023).Row(4, "Salariés (personnes)", 12)
            .Row(5, "Salariés (ETP)", 7.5).Row(6, "Bénévoles d'activité", 40).Row(7, "Administrateurs bénévoles", 8);

        var issue = Single(Validate(fixture, expectedCode: null), "STRUCTURE_CODE_INVALID");
        Assert.Equal(("Structure", 1, "B", "Code structure", code), (issue.Sheet, issue.Row, issue.Column, issue.Header, issue.Value));
        Assert.Contains("59-LIL-001", issue.Message);
    }

    [Fact]
    public void StructureCodeOfAnotherFolder_IsRejected()
    {
        var result = Validate(new CentreWorkbookFixture(), expectedCode: "62-ARR-002");

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Single(result, "STRUCTURE_CODE_MISMATCH");
        Assert.Equal(("Structure", 1, "B"), (issue.Sheet, issue.Row, issue.Column));
        Assert.Contains("Une structure ne peut envoyer que ses propres données", issue.Message);
    }

    [Fact]
    public void StructureCodeComparedToTheFolder_IgnoresCaseAndSpaces() =>
        AssertAccepted(Validate(new CentreWorkbookFixture(), expectedCode: " 59-lil-001"));

    [Fact]
    public void WithoutAnExpectedCode_AnyValidCodeIsAccepted() =>
        AssertAccepted(Validate(new CentreWorkbookFixture(), expectedCode: null));

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(23)]
    public void YearOutOfRange_IsAnError_AndDateChecksAreSkipped(int year)
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(2, "Année", year);
        };

        var result = Validate(fixture);

        var issue = Single(result, "YEAR_OUT_OF_RANGE");
        Assert.Equal(("Structure", 2, "B"), (issue.Sheet, issue.Row, issue.Column));
        Assert.DoesNotContain(result.Issues, i => i.Code == "DATE_OUTSIDE_YEAR");
    }

    [Fact]
    public void YearBoundaries_AreAccepted()
    {
        foreach (var year in new[] { 2000, 2100 })
        {
            var fixture = new CentreWorkbookFixture { Rencontres = null, Formations = null };
            fixture.Structure = s =>
            {
                CentreWorkbookFixture.ValidStructure(s);
                s.Row(2, "Année", year);
            };
            AssertAccepted(Validate(fixture));
        }
    }

    [Fact]
    public void FteAboveHeadcount_IsAWarning()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(5, "Salariés (ETP)", "12,5");
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        var issue = Single(result, "FTE_ABOVE_HEADCOUNT");
        Assert.Equal((Severity.Warning, "Structure", 5, "B", "12,5"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Value));
        Assert.Contains("Vérifiez", issue.Message);
        Assert.Equal(12.5m, result.Workbook!.Structure.StaffFte);
    }

    [Fact]
    public void NegativeHeadcount_IsAnError()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(4, "Salariés (personnes)", -2);
        };

        var issue = Single(Validate(fixture), "INTEGER_INVALID");
        Assert.Equal("Structure, ligne 4, colonne B (Salariés (personnes)) : « -2 » est négatif. Saisissez un nombre positif ou 0.", issue.Message);
    }

    [Fact]
    public void MeetingDateOutsideTheActivityYear_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, "15/12/2022", "AG", 1, 0, null);
            },
        };

        var issue = Single(Validate(fixture), "DATE_OUTSIDE_YEAR");
        Assert.Equal((Severity.Error, "Rencontres", 2, "B", "Date", "15/12/2022"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header, issue.Value));
        Assert.Equal(
            "Rencontres, ligne 2, colonne B (Date) : la date 15/12/2022 n'est pas dans l'année d'activité 2023 (feuille Structure). Corrigez la date, ou l'année si c'est elle qui est fausse.",
            issue.Message);
    }

    [Fact]
    public void DateCellOutsideTheYear_ShowsTheDateAsRead()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2024, 1, 9), "AG", 1, 0, null);
            },
        };

        var issue = Single(Validate(fixture), "DATE_OUTSIDE_YEAR");
        Assert.Equal("09/01/2024", issue.Value);
        Assert.Contains("la date 09/01/2024 n'est pas dans l'année d'activité 2023", issue.Message);
    }

    [Fact]
    public void NoisyNumber_IsShownAsExcelShowsIt()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 2.4999999999, 0);
            },
        };

        var issue = Single(Validate(fixture), "INTEGER_INVALID");
        Assert.Equal("2.5", issue.Value);
        Assert.StartsWith("Formations, ligne 2, colonne D (Salariés formés) : « 2.5 » n'est pas un nombre entier.", issue.Message);
    }

    [Fact]
    public void MeetingWithoutAttendee_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 3, 1), "AG", 0, 0, null);
            },
        };

        var issue = Single(Validate(fixture), "NO_ATTENDEE");
        Assert.Equal(("Rencontres", 2), (issue.Sheet, issue.Row));
        Assert.StartsWith("Rencontres, ligne 2 : aucun participant", issue.Message);
    }

    [Fact]
    public void MeetingDirectorColumnAbsent_MeansNon()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s => s
                .Row(1, "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents")
                .Row(2, Cells.Date(2023, 3, 1), "AG", 1, 0),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.False(Assert.Single(result.Workbook!.Meetings).DirectorPresent);
    }

    [Fact]
    public void MeetingDirectorNeitherYesNorNo_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 3, 1), "AG", 1, 0, "peut-être");
            },
        };

        var issue = Single(Validate(fixture), "YES_NO_INVALID");
        Assert.Equal(("F", "Direction présente", "peut-être"), (issue.Column, issue.Header, issue.Value));
    }

    [Fact]
    public void UnknownEventType_ErrorListsTheLabels()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 3, 1), "Réunion", 1, 0);
            },
        };

        var issue = Single(Validate(fixture), "ENUM_INVALID");
        Assert.Equal(
            "Rencontres, ligne 2, colonne C (Type de rencontre) : « Réunion » ne figure pas dans la liste des types de rencontre. Choisissez parmi : Assemblée territoriale, Réunion des directions, Réunion des présidences, Assemblée générale, Congrès, Autre rencontre.",
            issue.Message);
    }

    [Fact]
    public void RequiredCellLeftBlank_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, "AT-1", null, "AG", 1, 0);
            },
        };

        var issue = Single(Validate(fixture), "VALUE_REQUIRED");
        Assert.Equal(("Rencontres", 2, "B", "Date", ""), (issue.Sheet, issue.Row, issue.Column, issue.Header, issue.Value));
        Assert.Equal(
            "Rencontres, ligne 2, colonne B (Date) : la cellule est vide alors que « Date » est obligatoire. Saisissez une date, par exemple 15/03/2023.",
            issue.Message);
    }

    [Fact]
    public void SpecExample_DouzeInSalariesFormes_GivesTheSpecMessage()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.ValidFormations(s);
                s.Row(7, "MIX-HAN", "Inclusion et handicap", null, "douze", 1);
            },
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        var issue = Single(result, "INTEGER_INVALID");
        Assert.Equal(
            new ValidationIssue(
                Severity.Error,
                "INTEGER_INVALID",
                "Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.",
                "Formations",
                7,
                "D",
                "Salariés formés",
                "douze"),
            issue);
    }

    [Fact]
    public void TrainingWithoutTrainee_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 0, 0);
            },
        };

        var issue = Single(Validate(fixture), "NO_TRAINEE");
        Assert.Equal(("Formations", 2), (issue.Sheet, issue.Row));
    }

    [Fact]
    public void TrainingDateOutsideTheYear_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, Cells.Date(2024, 1, 5), 1, 0);
            },
        };

        Assert.Equal("C", Single(Validate(fixture), "DATE_OUTSIDE_YEAR").Column);
    }

    [Fact]
    public void SameActionCodeTwice_IsKeptAsTwoRows()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 1, 0).Row(3, "SAL-REF", null, null, 1, 0);
            },
        };

        var result = Validate(fixture);
        AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Trainings.Count);
    }

    [Theory]
    [InlineData("Santé – nutrition", "En cours")]
    [InlineData("Prévention cancer", "Terminé")]
    [InlineData("ANCV", "En cours")]
    [InlineData("Lab Social", "Terminé")]
    public void AmountMissingForAFundedProgrammeInProgressOrDone_IsAnError(string programme, string status)
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                s.Row(2, programme, "Projet", status, null, "CARSAT", 10, 2);
            },
        };

        var issue = Single(Validate(fixture), "AMOUNT_REQUIRED");
        Assert.Equal((Severity.Error, "Dispositifs", 2, "D", "Montant accordé (€)"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Contains("Saisissez le montant", issue.Message);
    }

    [Theory]
    [InlineData("Santé – nutrition", "En préparation")]
    [InlineData("Santé – nutrition", "Abandonné")]
    [InlineData("Centres Sociaux Connectés", "En cours")]
    [InlineData("Vivons Retraite", "Terminé")]
    public void AmountMissingWhereNotRequired_IsAccepted(string programme, string status)
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                s.Row(2, programme, "Projet", status, null, null, null, null);
            },
        };

        var result = Validate(fixture);
        AssertAccepted(result);
        Assert.Null(Assert.Single(result.Workbook!.Programmes).AmountEur);
    }

    [Fact]
    public void AmountColumnAbsent_WithAFundedProgramme_IsARowError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s => s
                .Row(1, "Dispositif", "Statut")
                .Row(2, "Vivons Retraite", "En cours")
                .Row(3, "Lab Social", "Terminé"),
        };

        var result = Validate(fixture);

        var issue = Single(result, "AMOUNT_REQUIRED");
        Assert.Equal(("Dispositifs", 3, (string?)null), (issue.Sheet, issue.Row, issue.Column));
    }

    [Fact]
    public void MoneyWithThreeDecimals_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                s.Row(2, "CSC", null, "En cours", 1234.567, null, null, null);
            },
        };

        var result = Validate(fixture);
        Assert.Equal("D", Single(result, "MONEY_INVALID").Column);
        Assert.DoesNotContain(result.Issues, i => i.Code == "AMOUNT_REQUIRED");
    }

    [Fact]
    public void TwoIdenticalProgrammeRows_AreAnErrorNamingBothRows()
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.ValidDispositifs(s);
                s.Row(4, "CSC", "Permanences  numériques", "en cours", 11900, "FEDER", 60, 29);
            },
        };

        var issue = Single(Validate(fixture), "DUPLICATE_ROW");
        Assert.Equal(("Dispositifs", 4), (issue.Sheet, issue.Row));
        Assert.Contains("identique à la ligne 2", issue.Message);
        Assert.Contains("lignes 2 et 4", issue.Message);
    }

    [Fact]
    public void ProgrammeRowsDifferingInOneColumn_AreBothKept()
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.ValidDispositifs(s);
                s.Row(4, "CSC", "Permanences numériques", "En cours", 11900, "FEDER", 61, 29);
            },
        };

        Assert.Equal(3, Validate(fixture).Workbook!.Programmes.Count);
    }

    [Fact]
    public void FormulaWithoutValueAndErrorCell_AreErrorsForTheirCells()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, CellValue.FromFormulaWithoutValue("SUM(X1:X3)"), CellValue.FromError("#DIV/0!"));
            },
        };

        var result = Validate(fixture);

        var formula = Single(result, "FORMULA_WITHOUT_VALUE");
        Assert.Equal(("D", "=SUM(X1:X3)"), (formula.Column, formula.Value));
        var error = Single(result, "CELL_ERROR");
        Assert.Equal(("E", "#DIV/0!"), (error.Column, error.Value));
        Assert.Contains("#DIV/0!", error.Message);
    }

    [Fact]
    public void FormulaLikeText_IsKeptAsText()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", "=HYPERLINK(\"http://x\")", null, 1, 0);
            },
        };

        var result = Validate(fixture);
        AssertAccepted(result);
        Assert.Equal("=HYPERLINK(\"http://x\")", result.Workbook!.Trainings[0].Title);
    }

    [Fact]
    public void TextLongerThanTheLimit_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", new string('x', 32_001), null, 1, 0);
            },
        };

        Assert.Equal("B", Single(Validate(fixture), "TEXT_INVALID").Column);
    }

    [Fact]
    public void EveryProblem_IsCollectedInSheetRowColumnOrder()
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                s.Row(2, "Inconnu", null, "En cours", "-5 €", null, "beaucoup", null);
            },
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(3, "SAL-REF", null, "hier", "douze", 1);
            },
        };
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(6, "Bénévoles d'activité", "quarante");
        };

        var result = Validate(fixture);

        Assert.Equal(
            [
                ("Structure", 6, "B"),
                ("Formations", 3, "C"),
                ("Formations", 3, "D"),
                ("Dispositifs", 2, "A"),
                ("Dispositifs", 2, "D"),
                ("Dispositifs", 2, "F"),
            ],
            result.Issues.Select(i => (i.Sheet!, i.Row!.Value, i.Column!)));
        Assert.All(result.Issues, i => Assert.Equal(Severity.Error, i.Severity));
        Assert.Equal(6, result.ErrorCount);
    }
}

public class CentreWorkbookValidatorVolumeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void FiveThousandRowsInEverySheet_AreAllRead()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                for (var row = 2; row <= 5_001; row++)
                {
                    s.Row(row, "AT-" + row, Cells.Date(2023, 1 + (row % 12), 1 + (row % 28)), "Assemblée territoriale", row % 3, 1, "Oui");
                }
            },
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                for (var row = 2; row <= 5_001; row++)
                {
                    s.Row(row, "SAL-" + row, "Formation " + row, "15/03/2023", 1, row % 2);
                }
            },
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                for (var row = 2; row <= 5_001; row++)
                {
                    s.Row(row, "Santé – nutrition", "Projet " + row, "En cours", "1 200,50 €", "ARS", row, 3);
                }
            },
        };

        var data = fixture.Build();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = new CentreWorkbookValidator().Validate(data, CentreWorkbookFixture.Code);
        output.WriteLine($"3 x 5,000 rows validated in {stopwatch.ElapsedMilliseconds} ms (first run)");
        stopwatch.Restart();
        new CentreWorkbookValidator().Validate(data, CentreWorkbookFixture.Code);
        output.WriteLine($"3 x 5,000 rows validated in {stopwatch.ElapsedMilliseconds} ms (second run)");

        Assert.Empty(result.Issues);
        Assert.Equal(5_000, result.Workbook!.Meetings.Count);
        Assert.Equal(5_000, result.Workbook.Trainings.Count);
        Assert.Equal(5_000, result.Workbook.Programmes.Count);
        Assert.Equal(1200.50m * 5_000, result.Workbook.Programmes.Sum(p => p.AmountEur));
    }
}
