using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>A valid reference workbook for 2023 whose sheets a test can replace or drop.</summary>
public sealed class ReferenceWorkbookFixture
{
    public Action<SheetBuilder>? Parametres { get; set; } = ValidParametres;

    public Action<SheetBuilder>? Territoires { get; set; } = ValidTerritoires;

    public Action<SheetBuilder>? Structures { get; set; } = ValidStructures;

    public Action<SheetBuilder>? Calendrier { get; set; } = ValidCalendrier;

    public Action<SheetBuilder>? Catalogue { get; set; } = ValidCatalogue;

    public static void ValidParametres(SheetBuilder s) => s
        .Row(1, "Référentiel fédéral 2023")
        .Row(2, "Année", 2023)
        .Row(3, "Enveloppe FOSFORA (€)", "50 000,00 €");

    public static void TerritoiresHeader(SheetBuilder s) => s.Row(1, "Code AT", "Assemblée territoriale", "Département");

    public static void ValidTerritoires(SheetBuilder s)
    {
        TerritoiresHeader(s);
        s.Row(2, "LIL", "Lille Métropole", 59)
         .Row(3, "arr", "Arrageois", "Pas-de-Calais")
         .Row(4, "DOU", "Douaisis", "Nord");
    }

    public static void StructuresHeader(SheetBuilder s) =>
        s.Row(1, "Code structure", "Nom", "Commune", "Département", "Code AT", "Type", "Gestion", "Adhérente");

    public static void ValidStructures(SheetBuilder s)
    {
        StructuresHeader(s);
        s.Row(2, "59-LIL-001", "CS des Oliviers", "Lille", "59", "LIL", "Centre social", "Associatif", "Oui")
         .Row(3, "62-ARR-002", "EVS du Jardin", "Arras", "62", "ARR", "EVS", "Municipal", "Non")
         .Row(4, "59-DOU-008", "CS de Somain", "Somain", "Nord", "dou", "Maison de quartier", "associatif", null);
    }

    public static void CalendrierHeader(SheetBuilder s) => s.Row(1, "Code événement", "Date", "Type", "Code AT", "Intitulé");

    public static void ValidCalendrier(SheetBuilder s)
    {
        CalendrierHeader(s);
        s.Row(2, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", "LIL", "AT de printemps")
         .Row(3, "CONGRES-2023", "12/05/2023", "Congrès", null, null);
    }

    public static void CatalogueHeader(SheetBuilder s) =>
        s.Row(1, "Code action", "Intitulé", "Public", "Groupe FOSFORA", "Ligne FOSFORA", "Séances", "Montant FOSFORA (€)", "Bénévoles hors remontées");

    public static void ValidCatalogue(SheetBuilder s)
    {
        CatalogueHeader(s);
        s.Row(2, "SAL-REF", "Être référent famille", "Salariés", "Formation des salariés", "Formations Salariés", 4, "3 600,00 €", null)
         .Row(3, "BEN-EMP", "La fonction employeur", "Bénévoles", "Formation des bénévoles", "Formations Bénévoles", null, 1200, 12)
         .Row(4, "FIN-SPE", "Financement spécifique", null, null, null, null, null, null);
    }

    public WorkbookData Build()
    {
        var builder = new WorkbookDataBuilder();
        Add(builder, "Paramètres", Parametres);
        Add(builder, "Territoires", Territoires);
        Add(builder, "Structures", Structures);
        Add(builder, "Calendrier", Calendrier);
        Add(builder, "Catalogue", Catalogue);
        return builder.Build();
    }

    private static void Add(WorkbookDataBuilder builder, string name, Action<SheetBuilder>? build)
    {
        if (build is not null)
        {
            builder.Sheet(name, build);
        }
    }
}
