using FederationFunctions.Core.Consolidation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// <see cref="IndicatorCalculator"/> over a whole year built from the spec alone (<see cref="SpecYearScenario"/>), figures computed by hand. Members: FED 7, 59 4 (LIL 3, VAL 1), 62 3 (ART 3).
/// Counted workbooks: 59-LIL-001, 59-LIL-002, 62-ART-001, 62-ART-002.
/// </summary>
public class IndicatorCalculatorTests
{
    private static ConsolidationResult Result => SpecYearScenario.Result;

    [Theory]
    [InlineData("RESEAU.STRUCTURES", "FED", "7")]
    [InlineData("RESEAU.STRUCTURES", "59", "4")]
    [InlineData("RESEAU.STRUCTURES", "62", "3")]
    [InlineData("RESEAU.STRUCTURES", "LIL", "3")]
    [InlineData("RESEAU.STRUCTURES", "VAL", "1")]
    [InlineData("RESEAU.STRUCTURES", "ART", "3")]
    [InlineData("RESEAU.CS", "FED", "5")]
    [InlineData("RESEAU.CS", "59", "3")]
    [InlineData("RESEAU.CS", "62", "2")]
    [InlineData("RESEAU.EVS", "FED", "2")]
    [InlineData("RESEAU.EVS", "59", "1")]
    [InlineData("RESEAU.EVS", "62", "1")]
    [InlineData("RESEAU.ASSOCIATIF", "FED", "4")]
    [InlineData("RESEAU.ASSOCIATIF", "59", "2")]
    [InlineData("RESEAU.MUNICIPAL", "FED", "3")]
    [InlineData("RESEAU.MUNICIPAL", "62", "1")]
    [InlineData("COLLECTE.ATTENDUES", "FED", "7")]
    [InlineData("COLLECTE.ATTENDUES", "VAL", "1")]
    [InlineData("COLLECTE.RECUES", "FED", "4")]
    [InlineData("COLLECTE.RECUES", "59", "2")]
    [InlineData("COLLECTE.RECUES", "VAL", "0")]
    [InlineData("COLLECTE.RECUES", "ART", "2")]
    [InlineData("COLLECTE.REJETEES", "FED", "1")]
    [InlineData("COLLECTE.REJETEES", "LIL", "1")]
    [InlineData("COLLECTE.REJETEES", "62", "0")]
    [InlineData("COLLECTE.REJETEES", "ART", "0")]
    [InlineData("COLLECTE.MANQUANTES", "FED", "2")]
    [InlineData("COLLECTE.MANQUANTES", "59", "1")]
    [InlineData("COLLECTE.MANQUANTES", "62", "1")]
    [InlineData("COLLECTE.MANQUANTES", "LIL", "0")]
    [InlineData("COLLECTE.MANQUANTES", "VAL", "1")]
    [InlineData("COLLECTE.TAUX", "59", "0.5")]
    [InlineData("COLLECTE.TAUX", "VAL", "0")]
    [InlineData("RH.SALARIES", "FED", "30")]
    [InlineData("RH.SALARIES", "59", "13")]
    [InlineData("RH.SALARIES", "ART", "17")]
    [InlineData("RH.SALARIES", "VAL", "0")]
    [InlineData("RH.ETP", "FED", "24.45")]
    [InlineData("RH.ETP", "LIL", "10.25")]
    [InlineData("RH.ETP", "62", "14.2")]
    [InlineData("RH.BENEVOLES", "FED", "64")]
    [InlineData("RH.BENEVOLES", "59", "26")]
    [InlineData("RH.ADMINISTRATEURS", "FED", "31")]
    [InlineData("RH.ADMINISTRATEURS", "62", "17")]
    public void Network_IsCountedFromMembersAndTheirCurrentAcceptedWorkbooks(string code, string scope, string expected)
    {
        Assert.Equal(Dec(expected), Single(Result, code, scope).Value);
    }

    [Theory]
    [InlineData("COLLECTE.TAUX", "FED", 4, 7)]
    [InlineData("COLLECTE.TAUX", "62", 2, 3)]
    [InlineData("COLLECTE.TAUX", "LIL", 2, 3)]
    public void CollectionRate_IsReceivedOverExpected(string code, string scope, int received, int expected)
    {
        Assert.Equal((decimal)received / expected, Single(Result, code, scope).Value);
    }

    [Theory]
    // LIL: AT-LIL-1 (59-LIL-001 2+3 by date and type, 59-LIL-002 0+2 by code despite type AUTRE), AT-LIL-2 (1+1 by code).
    [InlineData("AT.REUNIONS", "LIL", "2")]
    [InlineData("AT.PARTICIPANTS", "LIL", "9")]
    [InlineData("AT.SALARIES", "LIL", "3")]
    [InlineData("AT.BENEVOLES", "LIL", "6")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "LIL", "4.5")]
    [InlineData("AT.STRUCTURES_MOYEN", "LIL", "1.5")]
    [InlineData("AT.TAUX_PARTICIPATION", "LIL", "0.5")]
    [InlineData("DIRECTIONS.REUNIONS", "LIL", "2")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "LIL", "0.5")]
    // VAL: one assembly nobody came to; no directors' meeting.
    [InlineData("AT.REUNIONS", "VAL", "1")]
    [InlineData("AT.PARTICIPANTS", "VAL", "0")]
    [InlineData("AT.SALARIES", "VAL", "0")]
    [InlineData("AT.BENEVOLES", "VAL", "0")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "VAL", "0")]
    [InlineData("AT.STRUCTURES_MOYEN", "VAL", "0")]
    [InlineData("AT.TAUX_PARTICIPATION", "VAL", "0")]
    [InlineData("DIRECTIONS.REUNIONS", "VAL", "0")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "VAL", null)]
    // ART: AT-ART-1 (62-ART-001 3+4, 62-ART-002 1+1; the same-date LIL event is not a candidate),
    // AT-ART-2 (59-LIL-001 1+2 by code, 62-ART-001 2+0); the BAD-CODE row is not matched on date and type.
    [InlineData("AT.REUNIONS", "ART", "2")]
    [InlineData("AT.PARTICIPANTS", "ART", "14")]
    [InlineData("AT.SALARIES", "ART", "7")]
    [InlineData("AT.BENEVOLES", "ART", "7")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "ART", "7")]
    [InlineData("AT.STRUCTURES_MOYEN", "ART", "2")]
    [InlineData("DIRECTIONS.REUNIONS", "ART", "1")]
    public void Territories_CountTheirEventsAndTheRowsLinkedToThem(string code, string scope, string? expected)
    {
        Assert.Equal(Dec(expected), Single(Result, code, scope).Value);
    }

    [Fact]
    public void Territories_RatesOfArtDivideByItsThreeMembers()
    {
        Assert.Equal(2m / 3m, Single(Result, "AT.TAUX_PARTICIPATION", "ART").Value);
        Assert.Equal(1m / 3m, Single(Result, "DIRECTIONS.TAUX_PRESENCE", "ART").Value);
    }

    [Theory]
    // S-MGT, B-ACC, M-ANIM, B-ACC2, ADM-SEM (outside volunteers only), S-SANTE; not S-COMPTA, FIN-AMEPP (no Public), B-NONE.
    [InlineData("FORMATION.ACTIONS", "FED", "6")]
    // 59-LIL-001, 59-LIL-002, 62-ART-001, 62-ART-002 (linked only to FIN-AMEPP).
    [InlineData("FORMATION.STRUCTURES", "FED", "4")]
    [InlineData("FORMATION.STRUCTURES", "59", "2")]
    [InlineData("FORMATION.STRUCTURES", "62", "2")]
    [InlineData("FORMATION.SALARIES", "FED", "6")]
    [InlineData("FORMATION.SALARIES", "S-MGT", "3")]
    [InlineData("FORMATION.SALARIES", "S-COMPTA", "0")]
    [InlineData("FORMATION.SALARIES", "S-SANTE", "3")]
    [InlineData("FORMATION.BENEVOLES", "FED", "11")]
    [InlineData("FOSFORA.STRUCTURES", "FED", "6")]
    [InlineData("FOSFORA.BENEVOLES", "FED", "21")]
    [InlineData("FOSFORA.SEANCES", "FED", "8")]
    [InlineData("FOSFORA.MONTANT", "FED", "5800")]
    public void Training_IsCountedFromLinkedRowsAndTheCatalogue(string code, string scope, string expected)
    {
        Assert.Equal(Dec(expected), Single(Result, code, scope).Value);
    }

    [Fact]
    public void Training_PerActionEmployeeCountsCoverEveryEmployeeActionInCatalogueOrder()
    {
        Assert.Equal(
            ["FED", "S-MGT", "S-COMPTA", "S-SANTE"],
            Result.Indicators.Where(i => i.Code == "FORMATION.SALARIES").Select(i => i.Scope));
    }

    [Fact]
    public void Fosfora_TableHasLinesGroupTotalsAndGrandTotalWorkedOutByHand()
    {
        var figures = Result.Fosfora.Rows
            .Where(r => r.Kind != FosforaRowKind.GroupHeading)
            .Select(r => (r.Kind, r.Label, r.Centres, r.Volunteers, r.Sessions, r.AmountEur))
            .ToList();
        Assert.Equal(
            [
                (FosforaRowKind.Line, "Accueil", 3, 6, 4, 1500m),
                (FosforaRowKind.Line, "Formations mixtes", 1, 6, 2, 800m),
                (FosforaRowKind.GroupTotal, "Total formation des bénévoles", 4, 12, 6, 2300m),
                (FosforaRowKind.Line, "AMEPP", 2, 3, 0, 2500m),
                (FosforaRowKind.Line, "Séminaire des administrateurs", 0, 6, 1, 600m),
                (FosforaRowKind.Line, "Santé au travail", 0, 0, 1, 400m),
                (FosforaRowKind.GrandTotal, "TOTAL GÉNÉRAL", 6, 21, 8, 5800m),
            ],
            figures);
        Assert.Equal(
            ["Formation des bénévoles", "Financements spécifiques", "Séminaire", "Formation des salariés"],
            Result.Fosfora.Rows.Where(r => r.Kind == FosforaRowKind.GroupHeading).Select(r => r.Label));
    }

    [Fact]
    public void Fosfora_OverTheEnvelopeBy800()
    {
        Assert.Equal(5000m, Result.Fosfora.EnvelopeEur);
        Assert.Equal(800m, Result.Fosfora.OverrunEur);
        Assert.Single(Result.Anomalies, a => a.Kind == AnomalyKind.FosforaOverEnvelope);
    }

    [Theory]
    [InlineData("SANTE.STRUCTURES", "FED", "3")]
    [InlineData("SANTE.STRUCTURES", "59", "2")]
    [InlineData("SANTE.STRUCTURES", "62", "1")]
    [InlineData("SANTE.PROJETS", "FED", "4")]
    [InlineData("SANTE.PROJETS", "59", "2")]
    [InlineData("SANTE.NUTRITION.PROJETS", "FED", "2")]
    [InlineData("SANTE.CANCER.PROJETS", "62", "1")]
    [InlineData("SANTE.NUTRITION.MONTANT", "FED", "5000.50")]
    [InlineData("SANTE.NUTRITION.MONTANT", "59", "3000.50")]
    [InlineData("SANTE.CANCER.MONTANT", "FED", "2000")]
    [InlineData("SANTE.MONTANT", "FED", "7000.50")]
    [InlineData("SANTE.MONTANT", "59", "4200.50")]
    [InlineData("SANTE.MONTANT", "62", "2800")]
    [InlineData("DISPOSITIF.CSC.STRUCTURES", "FED", "2")]
    [InlineData("DISPOSITIF.CSC.PROJETS", "FED", "3")]
    [InlineData("DISPOSITIF.CSC.PROJETS", "59", "2")]
    [InlineData("DISPOSITIF.CSC.MONTANT", "FED", "2200")]
    [InlineData("DISPOSITIF.CSC.HABITANTS", "FED", "45")]
    [InlineData("DISPOSITIF.CSC.ACTIONS", "FED", "9")]
    [InlineData("DISPOSITIF.CSC.ACTIONS", "59", "8")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "59", "0.25")]
    [InlineData("DISPOSITIF.VACANCES.STRUCTURES", "FED", "1")]
    [InlineData("DISPOSITIF.VACANCES.PROJETS", "59", "1")]
    [InlineData("DISPOSITIF.VACANCES.MONTANT", "FED", "2400")]
    [InlineData("DISPOSITIF.VACANCES.HABITANTS", "FED", "12")]
    [InlineData("DISPOSITIF.VACANCES.TAUX_RESEAU", "62", "0")]
    [InlineData("DISPOSITIF.PARENTALITE_62.STRUCTURES", "62", "1")]
    [InlineData("DISPOSITIF.PARENTALITE_62.MONTANT", "62", "0")]
    [InlineData("DISPOSITIF.PARENTALITE_62.HABITANTS", "FED", "15")]
    [InlineData("DISPOSITIF.PARENTALITE_62.ACTIONS", "62", "3")]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.HABITANTS", "FED", "55")]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.ACTIONS", "FED", "9")]
    [InlineData("DISPOSITIF.AUTRE.PROJETS", "FED", "0")]
    [InlineData("DISPOSITIF.AUTRE.TAUX_RESEAU", "FED", "0")]
    [InlineData("DISPOSITIF.MONALISA.MONTANT", "62", "0")]
    public void Programmes_CountOnlyEnCoursAndTermineRowsOfCountedWorkbooks(string code, string scope, string expected)
    {
        Assert.Equal(Dec(expected), Single(Result, code, scope).Value);
    }

    [Fact]
    public void Programmes_NetworkShareDividesByTheScopesMembers()
    {
        Assert.Equal(2m / 7m, Single(Result, "DISPOSITIF.CSC.TAUX_RESEAU", "FED").Value);
        Assert.Equal(1m / 3m, Single(Result, "DISPOSITIF.CSC.TAUX_RESEAU", "62").Value);
        Assert.Equal(1m / 7m, Single(Result, "DISPOSITIF.VACANCES.TAUX_RESEAU", "FED").Value);
    }

    [Fact]
    public void Health_TableMatchesTheHandCount()
    {
        var table = Result.Health;
        Assert.Equal(new HealthColumn("Nord", 2, 2, 1, 3000.50m, 1, 1200m), table.Nord);
        Assert.Equal(new HealthColumn("Pas-de-Calais", 1, 2, 1, 2000m, 1, 800m), table.PasDeCalais);
        Assert.Equal(new HealthColumn("Total", 3, 4, 2, 5000.50m, 2, 2000m), table.Total);
        Assert.Equal(7000.50m, table.Total.TotalAmountEur);
    }

    [Fact]
    public void Completeness_OneRowPerMemberInReferenceOrder()
    {
        Assert.Equal(
            [
                ("59-LIL-001", CompletenessStatus.Recue),
                ("59-LIL-002", CompletenessStatus.RecueAvecAvertissements),
                ("59-LIL-003", CompletenessStatus.Rejetee),
                ("59-VAL-001", CompletenessStatus.Manquante),
                ("62-ART-001", CompletenessStatus.Recue),
                ("62-ART-002", CompletenessStatus.Recue),
                ("62-ART-003", CompletenessStatus.Manquante),
            ],
            Result.Completeness.Select(c => (c.StructureCode, c.Status)));
    }

    [Fact]
    public void Anomalies_ListEverythingThatCouldNotBeUsedOrLinked()
    {
        var found = Result.Anomalies.Select(a => (a.Kind, a.StructureCode, a.Row)).ToHashSet();
        Assert.Equal(
            new HashSet<(AnomalyKind, string?, int?)>
            {
                (AnomalyKind.UnknownStructure, "62-XXX-999", null),
                (AnomalyKind.NonMemberStructure, "59-VAL-002", null),
                (AnomalyKind.RejectedLatestUpload, "59-LIL-003", null),
                (AnomalyKind.RejectedLatestUpload, "62-ART-001", null),
                (AnomalyKind.UnlinkedMeeting, "59-LIL-002", 6),
                (AnomalyKind.UnlinkedMeeting, "62-ART-001", 8),
                (AnomalyKind.UnknownTrainingAction, "59-LIL-001", 9),
                (AnomalyKind.FosforaOverEnvelope, null, null),
            },
            found);
        Assert.Equal(8, Result.Anomalies.Count);
    }

    [Fact]
    public void IndicatorList_HasOneRowPerCodeAndScope()
    {
        // RESEAU.STRUCTURES 6 + RESEAU.CS/EVS/ASSOCIATIF/MUNICIPAL 12 + COLLECTE 30 + RH 24 + AT 21 + DIRECTIONS 6
        // + FORMATION 1 + 3 + 4 + 1 + FOSFORA 4 + SANTE 21 + DISPOSITIF 13 × 6 × 3 = 367,
        // + v1.1 VIE 6 × 4 × 3 = 72: 439.
        Assert.Equal(439, Result.Indicators.Count);
        Assert.Equal(439, Result.Indicators.Select(i => (i.Code, i.Scope)).Distinct().Count());
    }

    [Theory]
    [InlineData("RESEAU.STRUCTURES", "FED", "nombre")]
    [InlineData("COLLECTE.TAUX", "LIL", "%")]
    [InlineData("RH.ETP", "FED", "ETP")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "LIL", "moyenne")]
    [InlineData("AT.STRUCTURES_MOYEN", "ART", "moyenne")]
    [InlineData("AT.TAUX_PARTICIPATION", "ART", "%")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "LIL", "%")]
    [InlineData("FORMATION.SALARIES", "S-MGT", "nombre")]
    [InlineData("FOSFORA.MONTANT", "FED", "€")]
    [InlineData("SANTE.NUTRITION.MONTANT", "59", "€")]
    [InlineData("DISPOSITIF.CSC.MONTANT", "62", "€")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "FED", "%")]
    [InlineData("DISPOSITIF.CSC.HABITANTS", "FED", "nombre")]
    public void IndicatorList_UnitsAreTheSpecs(string code, string scope, string unit)
    {
        Assert.Equal(unit, Single(Result, code, scope).Unit);
    }

    [Fact]
    public void IndicatorList_OnlyAveragesOverNothingAreEmpty()
    {
        Assert.Equal(
            [("DIRECTIONS.TAUX_PRESENCE", "VAL")],
            Result.Indicators.Where(i => i.Value is null).Select(i => (i.Code, i.Scope)));
    }
}
