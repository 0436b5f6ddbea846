using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// The health table of the federation's published 2023 report, rebuilt from generated programme rows.
/// Nord: N01–N40 one nutrition project each, N38–N48 one cancer project each (N38–N40 carry both);
/// Pas-de-Calais: P01–P08 nutrition, P09–P13 cancer. Noise that must not count: projects in preparation or
/// abandoned, a non-member, a member whose only upload was rejected. Expected figures are the published ones.
/// </summary>
public class Health2023Tests
{
    private static readonly ConsolidationResult Result = Build();

    [Fact]
    public void Health2023_Table_ReproducesThePublishedReport()
    {
        Assert.Equal(new HealthColumn("Nord", 48, 51, 40, 441245m, 11, 66061m), Result.Health.Nord);
        Assert.Equal(new HealthColumn("Pas-de-Calais", 13, 13, 8, 83142m, 5, 37325m), Result.Health.PasDeCalais);
        Assert.Equal(new HealthColumn("Total", 61, 64, 48, 524387m, 16, 103386m), Result.Health.Total);
        Assert.Equal(627773m, Result.Health.Total.TotalAmountEur);
    }

    [Theory]
    [InlineData("SANTE.STRUCTURES", "FED", "61")]
    [InlineData("SANTE.STRUCTURES", "59", "48")]
    [InlineData("SANTE.STRUCTURES", "62", "13")]
    [InlineData("SANTE.PROJETS", "FED", "64")]
    [InlineData("SANTE.PROJETS", "59", "51")]
    [InlineData("SANTE.PROJETS", "62", "13")]
    [InlineData("SANTE.NUTRITION.PROJETS", "59", "40")]
    [InlineData("SANTE.NUTRITION.PROJETS", "62", "8")]
    [InlineData("SANTE.CANCER.PROJETS", "59", "11")]
    [InlineData("SANTE.CANCER.PROJETS", "62", "5")]
    [InlineData("SANTE.NUTRITION.MONTANT", "FED", "524387")]
    [InlineData("SANTE.NUTRITION.MONTANT", "59", "441245")]
    [InlineData("SANTE.NUTRITION.MONTANT", "62", "83142")]
    [InlineData("SANTE.CANCER.MONTANT", "FED", "103386")]
    [InlineData("SANTE.CANCER.MONTANT", "59", "66061")]
    [InlineData("SANTE.CANCER.MONTANT", "62", "37325")]
    [InlineData("SANTE.MONTANT", "FED", "627773")]
    [InlineData("SANTE.MONTANT", "59", "507306")]
    [InlineData("SANTE.MONTANT", "62", "120467")]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.STRUCTURES", "59", "40")]
    [InlineData("DISPOSITIF.SANTE_CANCER.STRUCTURES", "59", "11")]
    public void Health2023_Indicators_MatchTheTable(string code, string scope, string expected)
    {
        Assert.Equal(Dec(expected), Single(Result, code, scope).Value);
    }

    private static ConsolidationResult Build()
    {
        static string Code(string prefix, int i) => $"{prefix}{i.ToString("000", CultureInfo.InvariantCulture)}";
        var structures = new List<MemberStructure>();
        var programmes = new Dictionary<string, List<ProgrammeRow>>();
        void Add(string code, ProgrammeCode programme, decimal amount, ProjectStatus status = ProjectStatus.EnCours)
        {
            var list = programmes[code];
            list.Add(Programme(list.Count + 5, programme, status, amount));
        }

        for (var i = 1; i <= 49; i++)
        {
            structures.Add(Structure(Code("59-SAN-", i), "LIL", Department.Nord));
            programmes[Code("59-SAN-", i)] = [];
        }

        for (var i = 1; i <= 13; i++)
        {
            structures.Add(Structure(Code("62-SAN-", i), "ART", Department.PasDeCalais));
            programmes[Code("62-SAN-", i)] = [];
        }

        for (var i = 1; i <= 40; i++)
        {
            Add(Code("59-SAN-", i), ProgrammeCode.SANTE_NUTRITION, i < 40 ? 11000m : 12245m, i % 2 == 0 ? ProjectStatus.Termine : ProjectStatus.EnCours);
        }

        for (var i = 38; i <= 48; i++)
        {
            Add(Code("59-SAN-", i), ProgrammeCode.SANTE_CANCER, i < 48 ? 6000m : 6061m);
        }

        for (var i = 1; i <= 8; i++)
        {
            Add(Code("62-SAN-", i), ProgrammeCode.SANTE_NUTRITION, i < 8 ? 10000m : 13142m);
        }

        for (var i = 9; i <= 13; i++)
        {
            Add(Code("62-SAN-", i), ProgrammeCode.SANTE_CANCER, i < 13 ? 7000m : 9325m);
        }

        Add("59-SAN-001", ProgrammeCode.SANTE_NUTRITION, 5000m, ProjectStatus.EnPreparation);
        Add("59-SAN-001", ProgrammeCode.SANTE_CANCER, 1000m, ProjectStatus.Abandonne);
        Add("59-SAN-049", ProgrammeCode.SANTE_CANCER, 2500m, ProjectStatus.EnPreparation);
        Add("62-SAN-001", ProgrammeCode.CSC, 800m);

        structures.Add(Structure("59-SAN-099", "LIL", Department.Nord, isMember: false));
        structures.Add(Structure("59-SAN-098", "LIL", Department.Nord));
        var reference = Reference(
            [Territory("LIL", Department.Nord), Territory("ART", Department.PasDeCalais)],
            structures);
        var submissions = programmes.Select(p => Accepted(Workbook(p.Key, programmes: p.Value))).ToList();
        submissions.Add(Accepted(Workbook("59-SAN-099", programmes: [Programme(5, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnCours, 9999m)])));
        submissions.Add(new CentreSubmission(
            "59-SAN-098",
            null,
            Workbook("59-SAN-098", programmes: [Programme(5, ProgrammeCode.SANTE_CANCER, ProjectStatus.Termine, 7777m)]),
            Upload("59-SAN-098/x.xlsx", "2024-01-02T10:00", UploadOutcome.Rejetee, errors: 1)));
        return Calculate(reference, [.. submissions]);
    }
}
