using FederationFunctions.Cli.Infrastructure;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>Which kind of workbook sheet names point to: the required sheets decide first, then the optional ones; <c>Calendrier</c> never.</summary>
public sealed class WorkbookKindSnifferTests
{
    public static TheoryData<string[], string> Cases() => new()
    {
        // The two formats as published, and as people rename them.
        { ["Paramètres", "Territoires", "Structures", "Calendrier", "Catalogue"], "reference" },
        { ["Structure", "Rencontres", "Formations", "Dispositifs"], "centre" },
        { ["Lisez-moi", "FICHE STRUCTURE", "vie_fédérale", "Projets", "Listes"], "centre" },
        { ["PARAMETRES", "territoires ", "Structures"], "reference" },
        // The centre template's copy of the calendar, and a centre's own sheet named like a reference sheet.
        { ["Lisez-moi", "Structure", "Rencontres", "Formations", "Dispositifs", "Calendrier", "Listes"], "centre" },
        { ["Structure", "Rencontres", "Catalogue"], "centre" },
        // A reference with a staff note sheet named like a centre sheet.
        { ["Paramètres", "Territoires", "Structures", "Formations"], "reference" },
        // A workbook that lost its main sheet is still checked as what it is, to be told what is missing.
        { ["Rencontres", "Formations"], "centre" },
        { ["Catalogue", "Calendrier"], "reference" },
        // Both, or neither.
        { ["Structure", "Rencontres", "Territoires", "Structures"], "ambigu" },
        { ["Rencontres", "Catalogue"], "ambigu" },
        { ["Feuil1"], "ni l'un ni l'autre" },
        { ["Calendrier"], "ni l'un ni l'autre" },
        { [], "ni l'un ni l'autre" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SheetNames_PointToTheirKind(string[] sheets, string expected)
    {
        var detection = WorkbookKindSniffer.Detect(sheets);

        var actual = detection switch
        {
            { Kind: WorkbookKind.Centre, Ambiguous: false } => "centre",
            { Kind: WorkbookKind.Reference, Ambiguous: false } => "reference",
            { Kind: null, Ambiguous: true } => "ambigu",
            { Kind: null, Ambiguous: false } => "ni l'un ni l'autre",
            _ => "incohérent",
        };
        Assert.Equal(expected, actual);
    }
}
