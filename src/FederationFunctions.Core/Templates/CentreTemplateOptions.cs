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

    /// <summary>
    /// Where the repository's <c>docs/</c> folder can be read, e.g. <c>https://github.com/federation/FederationFunctions/blob/main/docs/</c>:
    /// the « Lisez-moi » sheet then links <c>classeur-centre.md</c> and <c>classeur-referentiel.md</c> under it. Null (the
    /// default): the sheet names the documents without a link, since a link to an address nobody configured would lead nowhere.
    /// </summary>
    public Uri? DocumentationUrl { get; init; }

    /// <summary>True when <see cref="DocumentationUrl"/> is unset or an absolute http(s) address (checked at start).</summary>
    public bool HasUsableDocumentationUrl =>
        DocumentationUrl is not { } url || (url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp));

    /// <summary>The address of one document of <c>docs/</c> (<paramref name="fileName"/>, e.g. <c>classeur-centre.md</c>), or null without <see cref="DocumentationUrl"/>.</summary>
    public Uri? DocumentUrl(string fileName)
    {
        if (DocumentationUrl is not { } root)
        {
            return null;
        }

        var folder = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(folder, fileName);
    }

    public DateOnly DeadlineFor(int year) => Deadline ?? new DateOnly(year + 1, 3, 31);
}
