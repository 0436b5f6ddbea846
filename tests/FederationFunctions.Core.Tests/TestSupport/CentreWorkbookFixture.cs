using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>A valid centre workbook (structure 59-LIL-001, year 2023) whose sheets a test can replace, rename or drop.</summary>
public sealed class CentreWorkbookFixture
{
    public const string Code = "59-LIL-001";

    public string StructureName { get; set; } = "Structure";

    public string RencontresName { get; set; } = "Rencontres";

    public string FormationsName { get; set; } = "Formations";

    public string DispositifsName { get; set; } = "Dispositifs";

    /// <summary>Null drops the sheet.</summary>
    public Action<SheetBuilder>? Structure { get; set; } = ValidStructure;

    public Action<SheetBuilder>? Rencontres { get; set; } = ValidRencontres;

    public Action<SheetBuilder>? Formations { get; set; } = ValidFormations;

    public Action<SheetBuilder>? Dispositifs { get; set; } = ValidDispositifs;

    public List<(string Name, Action<SheetBuilder> Build)> ExtraSheets { get; } = [];

    public static void ValidStructure(SheetBuilder s) => s
        .Row(1, "Code structure", Code)
        .Row(2, "Année", 2023)
        .Row(3, "Nom de la structure", "Centre social des Oliviers")
        .Row(4, "Salariés (personnes)", 12)
        .Row(5, "Salariés (ETP)", 7.5)
        .Row(6, "Bénévoles d'activité", 40)
        .Row(7, "Administrateurs bénévoles", 8)
        .Row(8, "Familles adhérentes", 300);

    public static void RencontresHeader(SheetBuilder s) =>
        s.Row(1, "Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente");

    public static void ValidRencontres(SheetBuilder s)
    {
        RencontresHeader(s);
        s.Row(2, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 2, 3, "Oui")
         .Row(3, null, Cells.Date(2023, 6, 1), "Réunion des directions", 1, 0, null);
    }

    public static void FormationsHeader(SheetBuilder s) =>
        s.Row(1, "Code action", "Intitulé", "Date", "Salariés formés", "Bénévoles formés");

    public static void ValidFormations(SheetBuilder s)
    {
        FormationsHeader(s);
        s.Row(2, "SAL-REF", "Être référent famille", Cells.Date(2023, 4, 12), 3, 0)
         .Row(3, "BEN-EMP", "La fonction employeur", null, 0, 2);
    }

    public static void DispositifsHeader(SheetBuilder s) =>
        s.Row(1, "Dispositif", "Intitulé du projet", "Statut", "Montant accordé (€)", "Financeur", "Habitants participants", "Actions réalisées");

    public static void ValidDispositifs(SheetBuilder s)
    {
        DispositifsHeader(s);
        s.Row(2, "Centres Sociaux Connectés", "Permanences numériques", "En cours", "11\u202F900,00 €", "FEDER", 60, 29)
         .Row(3, "Santé – nutrition", "Ateliers cuisine", "Terminé", 1500, "ARS", 25, 10);
    }

    public WorkbookData Build()
    {
        var builder = new WorkbookDataBuilder();
        Add(builder, StructureName, Structure);
        Add(builder, RencontresName, Rencontres);
        Add(builder, FormationsName, Formations);
        Add(builder, DispositifsName, Dispositifs);
        foreach (var (name, build) in ExtraSheets)
        {
            builder.Sheet(name, build);
        }

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
