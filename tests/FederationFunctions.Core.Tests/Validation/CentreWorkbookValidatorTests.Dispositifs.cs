using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Dispositifs table (§ Table Dispositifs).
public partial class CentreWorkbookValidatorTests
{
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

    [Theory]
    [InlineData("Programme", "Projet", "État", "Montant", "Financeur principal", "Participants", "Actions")]
    [InlineData("Dispositif", "Intitulé", "Etat", "Financement", "Financeur", "Habitants", "Nombre d'actions")]
    [InlineData("programme", "project_title", "status", "amount_eur", "funder", "resident_participants", "actions_count")]
    [InlineData("DISPOSITIF", "INTITULE DU PROJET", "STATUT", "MONTANT ACCORDE", "FINANCEUR", "HABITANTS PARTICIPANTS", "ACTIONS REALISEES")]
    [InlineData("Dispositif", "Intitulé du projet", "Statut", "montant_accorde", "Financeur", "Habitants participants", "Actions réalisées")]
    [InlineData("Dispositif", "Intitulé du projet", "Statut", "Montant accordé (euros)", "Financeur", "Nb habitants participants nb", "Actions réalisées (nb)")]
    public async Task DispositifsHeaders_Alternatives_AreRecognised(string a, string b, string c, string d, string e, string f, string g)
    {
        var package = Centre();
        package["Dispositifs"].Rows[0] = [a, b, c, d, e, f, g];
        if (f.StartsWith("Nb ", StringComparison.Ordinal))
        {
            package["Dispositifs"].Set(1, "F", "Habitants participants (nb)");
        }

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new ProgrammeRow(2, ProgrammeCode.CSC, "Ateliers numériques", ProjectStatus.EnCours, 11900m, "CAF", 45, 12), result.Workbook!.Programmes[0]);
    }

    public static TheoryData<string, ProgrammeCode> ProgrammeSpellings() => new()
    {
        { "CSC", ProgrammeCode.CSC }, { "Centres Sociaux Connectés", ProgrammeCode.CSC }, { "Centres sociaux connectes", ProgrammeCode.CSC },
        { "VIVONS_RETRAITE", ProgrammeCode.VIVONS_RETRAITE }, { "Vivons Retraite", ProgrammeCode.VIVONS_RETRAITE },
        { "Vivons Retraite (CARSAT)", ProgrammeCode.VIVONS_RETRAITE }, { "Bienvenue à la retraite", ProgrammeCode.VIVONS_RETRAITE },
        { "LAB_SOCIAL", ProgrammeCode.LAB_SOCIAL }, { "Lab Social", ProgrammeCode.LAB_SOCIAL }, { "Lab Social (CARSAT)", ProgrammeCode.LAB_SOCIAL },
        { "MONALISA", ProgrammeCode.MONALISA }, { "Mona Lisa", ProgrammeCode.MONALISA }, { "monalisa", ProgrammeCode.MONALISA },
        { "EFQ", ProgrammeCode.EFQ }, { "École Famille Quartier", ProgrammeCode.EFQ }, { "Ecole Famille Quartier", ProgrammeCode.EFQ },
        { "VACANCES", ProgrammeCode.VACANCES }, { "Aide aux projets vacances", ProgrammeCode.VACANCES }, { "Projet vacances", ProgrammeCode.VACANCES },
        { "ANCV", ProgrammeCode.VACANCES }, { "Vacances (ANCV)", ProgrammeCode.VACANCES },
        { "PROMENEURS", ProgrammeCode.PROMENEURS }, { "Promeneurs du Net", ProgrammeCode.PROMENEURS }, { "PDN", ProgrammeCode.PROMENEURS },
        { "PARENTALITE_62", ProgrammeCode.PARENTALITE_62 }, { "Réseau Parentalité 62", ProgrammeCode.PARENTALITE_62 }, { "RP62", ProgrammeCode.PARENTALITE_62 },
        { "MOIS_PARENTALITE", ProgrammeCode.MOIS_PARENTALITE }, { "Mois de la Parentalité", ProgrammeCode.MOIS_PARENTALITE },
        { "SANTE_NUTRITION", ProgrammeCode.SANTE_NUTRITION }, { "Santé – nutrition", ProgrammeCode.SANTE_NUTRITION },
        { "Santé - nutrition", ProgrammeCode.SANTE_NUTRITION }, { "Santé nutrition", ProgrammeCode.SANTE_NUTRITION }, { "Nutrition", ProgrammeCode.SANTE_NUTRITION },
        { "SANTE_CANCER", ProgrammeCode.SANTE_CANCER }, { "Santé – prévention des cancers", ProgrammeCode.SANTE_CANCER },
        { "Prévention cancer", ProgrammeCode.SANTE_CANCER }, { "Santé cancer", ProgrammeCode.SANTE_CANCER },
        { "DSL_RURALITE", ProgrammeCode.DSL_RURALITE }, { "DSL et ruralité", ProgrammeCode.DSL_RURALITE },
        { "DSL & Ruralité", ProgrammeCode.DSL_RURALITE }, { "Ruralité (MSA)", ProgrammeCode.DSL_RURALITE },
        { "AUTRE", ProgrammeCode.AUTRE }, { "Autre", ProgrammeCode.AUTRE },
    };

    [Theory]
    [MemberData(nameof(ProgrammeSpellings))]
    public async Task Programme_LabelCodeOrAlternative_IsRecognised(string text, ProgrammeCode expected)
    {
        var package = Centre();
        package["Dispositifs"].Set(2, "A", text);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Programmes[0].Programme);
    }

    [Fact]
    public async Task Programme_Unknown_IsAnErrorListingTheLabels()
    {
        var package = Centre();
        package["Dispositifs"].Set(2, "A", "Contrat de ville");

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, "Dispositifs", 2, "A", "Dispositif", "Contrat de ville");
        Assert.Contains("Centres Sociaux Connectés", issue.Message, StringComparison.Ordinal);
        Assert.Contains("DSL et ruralité", issue.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, ProjectStatus> StatusSpellings() => new()
    {
        { "En préparation", ProjectStatus.EnPreparation }, { "En preparation", ProjectStatus.EnPreparation }, { "EN PREPARATION", ProjectStatus.EnPreparation },
        { "En cours", ProjectStatus.EnCours }, { "en cours", ProjectStatus.EnCours },
        { "Terminé", ProjectStatus.Termine }, { "Termine", ProjectStatus.Termine }, { "TERMINÉ", ProjectStatus.Termine },
        { "Abandonné", ProjectStatus.Abandonne }, { "abandonne", ProjectStatus.Abandonne },
    };

    [Theory]
    [MemberData(nameof(StatusSpellings))]
    public async Task Status_WithOrWithoutAccents_IsRecognised(string text, ProjectStatus expected)
    {
        var package = Centre();
        package["Dispositifs"].Set(2, "C", text);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Programmes[0].Status);
    }

    [Fact]
    public async Task Status_Unknown_IsAnError()
    {
        var package = Centre();
        package["Dispositifs"].Set(2, "C", "Suspendu");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Dispositifs", 2, "C", "Statut", "Suspendu");
    }

    [Theory]
    [InlineData("Santé – nutrition", "En cours")]
    [InlineData("Santé – prévention des cancers", "Terminé")]
    [InlineData("ANCV", "En cours")]
    [InlineData("Lab Social", "Termine")]
    public async Task Amount_RequiredProgrammeInProgressOrDone_Blank_IsAnErrorOnTheAmountCell(string programme, string status)
    {
        var package = Centre();
        package["Dispositifs"].Set(3, "A", programme).Set(3, "C", status).Set(3, "D", null);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Dispositifs", 3, "D", "Montant accordé (€)");
    }

    [Theory]
    [InlineData("Santé – nutrition", "En préparation")]
    [InlineData("Lab Social", "Abandonné")]
    [InlineData("CSC", "En cours")]
    [InlineData("Vivons Retraite", "Terminé")]
    [InlineData("Autre", "Terminé")]
    public async Task Amount_NotRequired_Blank_IsAccepted(string programme, string status)
    {
        var package = Centre();
        package["Dispositifs"].Set(3, "A", programme).Set(3, "C", status).Set(3, "D", null);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Null(result.Workbook!.Programmes[1].AmountEur);
    }

    [Fact]
    public async Task AmountColumnAbsent_WithoutRequiredProgrammes_IsAccepted()
    {
        var package = Centre();
        package["Dispositifs"].Set(3, "A", "PDN");
        foreach (var row in package["Dispositifs"].Rows)
        {
            row![3] = null;
        }

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.All(result.Workbook!.Programmes, p => Assert.Null(p.AmountEur));
    }

    [Fact]
    public async Task AmountColumnAbsent_WithARequiredProgrammeInProgress_IsARowError()
    {
        var package = Centre();
        foreach (var row in package["Dispositifs"].Rows)
        {
            row![3] = null;
        }

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Dispositifs", 3, null);
    }

    [Fact]
    public async Task IdenticalRows_AreAnErrorOnTheLaterRow()
    {
        var package = Centre();
        package["Dispositifs"].Row("Santé – nutrition", "Cuisine du monde", "Terminé", 3600, "ARS", 20, 6);

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, "Dispositifs", 4, null);
        Assert.Contains("3", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdenticalRows_WrittenDifferently_AreAnError()
    {
        var package = Centre();
        package["Dispositifs"].Row("SANTE_NUTRITION", " Cuisine du monde", "Termine", "3 600,00 €", "ARS", "20", 6);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Dispositifs", 4, null);
    }

    [Fact]
    public async Task RowsDifferingInOneColumn_AreAccepted()
    {
        var package = Centre();
        package["Dispositifs"].Row("Santé – nutrition", "Cuisine du monde", "Terminé", 3600, "ARS", 21, 6);

        SpecWorkbooks.AssertAccepted(await CheckCentreAsync(package));
    }

    [Fact]
    public async Task ParticipantsAndActions_Blank_AreAccepted_Negative_IsAnError()
    {
        var package = Centre();
        package["Dispositifs"].Set(2, "F", null).Set(2, "G", null).Set(3, "G", -3);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Dispositifs", 3, "G", "Actions réalisées", "-3");
    }
}
