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
        new("Structures adhérentes", IndicatorCodes.ReseauStructures),
        new("dont centres sociaux", IndicatorCodes.ReseauCs),
        new("dont espaces de vie sociale", IndicatorCodes.ReseauEvs),
        new("Gestion associative", IndicatorCodes.ReseauAssociatif),
        new("Gestion municipale", IndicatorCodes.ReseauMunicipal),
        KeyFigureRow.Heading("Collecte des remontées"),
        new("Remontées attendues", IndicatorCodes.CollecteAttendues),
        new("Remontées reçues", IndicatorCodes.CollecteRecues),
        new("Remontées rejetées", IndicatorCodes.CollecteRejetees),
        new("Remontées manquantes", IndicatorCodes.CollecteManquantes),
        new("Taux de collecte", IndicatorCodes.CollecteTaux),
        KeyFigureRow.Heading("Ressources humaines"),
        new("Salariés", IndicatorCodes.RhSalaries),
        new("Salariés en ETP", IndicatorCodes.RhEtp),
        new("Bénévoles d'activité", IndicatorCodes.RhBenevoles),
        new("Administrateurs bénévoles", IndicatorCodes.RhAdministrateurs),
        KeyFigureRow.Heading("Formation"),
        new("Actions de formation", IndicatorCodes.FormationActions),
        new("Structures ayant suivi une formation", IndicatorCodes.FormationStructures),
        new("Salariés formés", IndicatorCodes.FormationSalaries),
        new("Bénévoles formés", IndicatorCodes.FormationBenevoles),
        KeyFigureRow.Heading("FOSFORA"),
        new("Centres sociaux (total des lignes)", IndicatorCodes.FosforaStructures),
        new("Bénévoles", IndicatorCodes.FosforaBenevoles),
        new("Séances", IndicatorCodes.FosforaSeances),
        new("Montant FOSFORA", IndicatorCodes.FosforaMontant),
        KeyFigureRow.Heading("Santé"),
        new("Structures porteuses de projets santé", IndicatorCodes.SanteStructures),
        new("Projets santé", IndicatorCodes.SanteProjets),
        new("Financements santé", IndicatorCodes.SanteMontant),
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
