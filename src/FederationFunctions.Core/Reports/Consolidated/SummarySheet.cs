using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
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
        KeyFigureRow.Heading("Vie fédérale"),
        new("Structures présentes à l'assemblée générale", IndicatorCodes.Vie(EventType.AG, IndicatorCodes.VieStructures)),
        new("Structures présentes au congrès", IndicatorCodes.Vie(EventType.CONGRES, IndicatorCodes.VieStructures)),
        new("Participants aux assemblées territoriales", IndicatorCodes.Vie(EventType.AT, IndicatorCodes.VieParticipants)),
        new("Structures présentes aux réunions des directions", IndicatorCodes.Vie(EventType.DIRECTIONS, IndicatorCodes.VieStructures)),
    ];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Synthèse"));
        builder.AddTitle("Synthèse de l'activité du réseau", context.SubtitleWithZone);
        builder.AddTable(KeyFigureRow.Headers(context), Figures.Select(f => f.ToRow(context)), isMain: true);
        var notes = new List<string>();
        if (Figures.Any(f => f.IsFederationOnly(context)))
        {
            notes.Add(KeyFigureRow.FederationOnly + " : chiffre établi pour l'ensemble de la fédération seulement (actions de formation du catalogue, salariés et bénévoles formés, tableau FOSFORA), sans répartition par département.");
        }

        notes.Add(context.YearOverYear.HasPreviousYear
            ? "Fédération " + context.PreviousYearLabel + " : chiffres enregistrés lors de la consolidation de " + context.PreviousYearLabel + ", repris tels quels. Évolution (%) pour les nombres et les montants, vide quand la valeur " + context.PreviousYearLabel + " est nulle."
            : context.YearOverYear.MissingNote);
        notes.Add("Les chiffres de ce classeur sont ceux du calcul indiqué ci-dessus ; l'état de la collecte en direct (commande « status », page du personnel) peut avoir évolué depuis.");
        builder.AddNotes(notes);

        builder.AddSection("État de la collecte : ce qui manque");
        builder.AddNotes(MissingNotes(context));
        var toChase = CompletenessSheet.Sorted(context.Result.Completeness.Where(c => c.Status is CompletenessStatus.Manquante or CompletenessStatus.Rejetee));
        if (toChase.Count > 0)
        {
            builder.AddSection("Structures à relancer");
            builder.SetWidth(2, 34);
            builder.AddTable(
                ["Code structure", "Nom", "Assemblée territoriale", "Situation", "Contact", "Courriel", "Téléphone"],
                toChase.Select(r =>
                {
                    var contact = Contact.Of(context.Structure(r.StructureCode));
                    return ReportRow.Of(
                        ReportCell.Of(r.StructureCode),
                        ReportCell.Of(r.Name),
                        ReportCell.Of(context.TerritoryName(r.TerritoryCode)),
                        ReportCell.Of(r.Status == CompletenessStatus.Manquante ? "Rien envoyé" : "Remontée rejetée à corriger"),
                        ReportCell.Of(contact.Name),
                        ReportCell.Of(contact.Email),
                        ReportCell.Of(contact.Phone));
                }));
        }

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
        AddCount(notes, byStatus[CompletenessStatus.Manquante].Count(), "n'a rien envoyé", "n'ont rien envoyé");
        AddCount(notes, byStatus[CompletenessStatus.Rejetee].Count(), "a une remontée rejetée à corriger", "ont une remontée rejetée à corriger");
        if (result.Fosfora.OverrunEur is { } overrun)
        {
            notes.Add("Le montant FOSFORA dépasse l'enveloppe de " + FrenchText.Euros(overrun) + " (voir la feuille « FOSFORA »).");
        }

        notes.Add(result.Anomalies.Count == 0
            ? "Aucune anomalie : toutes les données reçues ont pu être rattachées."
            : FrenchText.Plural(result.Anomalies.Count, "anomalie", "anomalies") + " (données non comptées ou non rattachées) : voir la feuille « Anomalies ».");
        return notes;
    }

    private static void AddCount(List<string> notes, int count, string verbSingular, string verbPlural)
    {
        if (count > 0)
        {
            notes.Add(FrenchText.Plural(count, "structure", "structures") + " " + (count == 1 ? verbSingular : verbPlural) + " : voir « Structures à relancer » ci-dessous.");
        }
    }
}
