using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Reports;

/// <summary>French labels of the report workbooks (programme labels: <see cref="IndicatorLabels.ProgrammeLabel"/>).</summary>
public static class FrenchLabels
{
    public static string Department(Department department) => department switch
    {
        Model.Department.Nord => "Nord",
        Model.Department.PasDeCalais => "Pas-de-Calais",
        _ => ((int)department).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string StructureType(StructureType type) => type switch
    {
        Model.StructureType.CS => "Centre social",
        Model.StructureType.EVS => "Espace de vie sociale",
        _ => type.ToString(),
    };

    public static string Management(Management management) => management switch
    {
        Model.Management.Associatif => "Associatif",
        Model.Management.Municipal => "Municipal",
        _ => management.ToString(),
    };

    public static string Completeness(CompletenessStatus status) => status switch
    {
        CompletenessStatus.Recue => "Reçue",
        CompletenessStatus.RecueAvecAvertissements => "Reçue avec avertissements",
        CompletenessStatus.Rejetee => "Rejetée",
        CompletenessStatus.Manquante => "Manquante",
        _ => status.ToString(),
    };

    public static string Anomaly(AnomalyKind kind) => kind switch
    {
        AnomalyKind.UnknownStructure => "Structure inconnue du référentiel",
        AnomalyKind.NonMemberStructure => "Structure non adhérente",
        AnomalyKind.UnlinkedMeeting => "Rencontre non rattachée au calendrier",
        AnomalyKind.UnknownTrainingAction => "Action de formation inconnue du catalogue",
        AnomalyKind.FosforaOverEnvelope => "Dépassement de l'enveloppe FOSFORA",
        AnomalyKind.RejectedLatestUpload => "Dernier dépôt rejeté",
        AnomalyKind.MissingReference => "Référentiel absent",
        _ => kind.ToString(),
    };

    public static string Severity(Severity severity) => severity.ToFrenchLabel();
}
