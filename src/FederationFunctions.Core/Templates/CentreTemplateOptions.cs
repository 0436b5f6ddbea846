namespace FederationFunctions.Core.Templates;

/// <summary>What the template's « Lisez-moi » sheet tells the centre (settings section <c>Federation:Templates</c>).</summary>
public sealed record CentreTemplateOptions
{
    public const string SectionName = "Federation:Templates";

    /// <summary>The deadline; null means 31 March of the year after the activity year.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>Who to ask, e.g. « Service vie fédérale — collecte@federation.example — 03 20 00 00 00 ».</summary>
    public string Contact { get; init; } = "le service vie fédérale de la fédération (adresse et téléphone sur l'espace de dépôt)";

    /// <summary>How a centre sends its file, shown as the last step.</summary>
    public string UploadInstructions { get; init; } = "Déposez le fichier dans votre dossier de l'espace de dépôt de la fédération (dossier à votre code structure).";

    /// <summary>Rows that carry data validation (dropdowns, number checks) in each table sheet.</summary>
    public int TableRows { get; init; } = 500;

    public DateOnly DeadlineFor(int year) => Deadline ?? new DateOnly(year + 1, 3, 31);
}
