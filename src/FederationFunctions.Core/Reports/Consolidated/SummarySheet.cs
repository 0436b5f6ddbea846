using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Synthèse</c>: the key figures of the year, the collection status and what is missing.</summary>
internal static class SummarySheet
{
    public const string Name = "Synthèse";

    private static readonly IReadOnlyList<KeyFigureRow> Figures =
    [
        KeyFigureRow.Heading("Réseau"),
        new("Structures adhérentes", "RESEAU.STRUCTURES"),
        new("dont centres sociaux", "RESEAU.CS"),
        new("dont espaces de vie sociale", "RESEAU.EVS"),
        new("Gestion associative", "RESEAU.ASSOCIATIF"),
        new("Gestion municipale", "RESEAU.MUNICIPAL"),
        KeyFigureRow.Heading("Collecte des remontées"),
        new("Remontées attendues", "COLLECTE.ATTENDUES"),
        new("Remontées reçues", "COLLECTE.RECUES"),
        new("Remontées rejetées", "COLLECTE.REJETEES"),
        new("Remontées manquantes", "COLLECTE.MANQUANTES"),
        new("Taux de collecte", "COLLECTE.TAUX"),
        KeyFigureRow.Heading("Ressources humaines"),
        new("Salariés", "RH.SALARIES"),
        new("Salariés en ETP", "RH.ETP"),
        new("Bénévoles d'activité", "RH.BENEVOLES"),
        new("Administrateurs bénévoles", "RH.ADMINISTRATEURS"),
        KeyFigureRow.Heading("Formation"),
        new("Actions de formation", "FORMATION.ACTIONS"),
        new("Structures ayant suivi une formation", "FORMATION.STRUCTURES"),
        new("Salariés formés", "FORMATION.SALARIES"),
        new("Bénévoles formés", "FORMATION.BENEVOLES"),
        KeyFigureRow.Heading("FOSFORA"),
        new("Centres sociaux (total des lignes)", "FOSFORA.STRUCTURES"),
        new("Bénévoles", "FOSFORA.BENEVOLES"),
        new("Séances", "FOSFORA.SEANCES"),
        new("Montant FOSFORA", "FOSFORA.MONTANT"),
        KeyFigureRow.Heading("Santé"),
        new("Structures porteuses de projets santé", "SANTE.STRUCTURES"),
        new("Projets santé", "SANTE.PROJETS"),
        new("Financements santé", "SANTE.MONTANT"),
    ];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Synthèse"));
        builder.AddTitle("Synthèse de l'activité du réseau", context.Subtitle);
        builder.AddTable(KeyFigureRow.Headers, Figures.Select(f => f.ToRow(context)), isMain: true);
        builder.AddSection("État de la collecte : ce qui manque");
        builder.AddNotes(MissingNotes(context));
        builder.Finish();
    }

    private static List<string> MissingNotes(ConsolidatedSheetContext context)
    {
        var result = context.Result;
        var notes = new List<string>();
        if (result.Reference is null)
        {
            notes.Add("Aucun référentiel n'a été accepté pour cette année : sans liste des structures adhérentes, des territoires, du calendrier et du catalogue, rien n'a pu être compté. Déposez le référentiel de l'année puis relancez la consolidation.");
        }

        var byStatus = result.Completeness.ToLookup(c => c.Status);
        var received = byStatus[CompletenessStatus.Recue].Count() + byStatus[CompletenessStatus.RecueAvecAvertissements].Count();
        notes.Add(FrenchText.Plural(received, "structure adhérente", "structures adhérentes") + " sur "
            + FrenchText.Count(result.Completeness.Count) + (received > 1 ? " ont" : " a") + " une remontée acceptée.");
        AddList(notes, context, byStatus[CompletenessStatus.Manquante].ToList(), "n'a rien envoyé", "n'ont rien envoyé");
        AddList(notes, context, byStatus[CompletenessStatus.Rejetee].ToList(), "a une remontée rejetée à corriger", "ont une remontée rejetée à corriger");
        if (result.Fosfora.OverrunEur is { } overrun)
        {
            notes.Add("Le montant FOSFORA dépasse l'enveloppe de " + FrenchText.Euros(overrun) + " (voir la feuille « FOSFORA »).");
        }

        notes.Add(result.Anomalies.Count == 0
            ? "Aucune anomalie : toutes les données reçues ont pu être rattachées."
            : FrenchText.Plural(result.Anomalies.Count, "anomalie", "anomalies") + " (données non comptées ou non rattachées) : voir la feuille « Anomalies ».");
        return notes;
    }

    private static void AddList(List<string> notes, ConsolidatedSheetContext context, List<CompletenessRow> rows, string verbSingular, string verbPlural)
    {
        if (rows.Count == 0)
        {
            return;
        }

        notes.Add(FrenchText.Plural(rows.Count, "structure", "structures") + " " + (rows.Count == 1 ? verbSingular : verbPlural) + " :");
        notes.AddRange(rows.Select(r => "   – " + r.StructureCode + " " + r.Name + " (" + context.TerritoryName(r.TerritoryCode) + ")"));
    }
}
