namespace FederationFunctions.Core.Model;

/// <summary>A training catalogue action (<c>Catalogue</c> sheet) and its FOSFORA line.</summary>
/// <param name="Audience">Null for a line that is not a training (e.g. a specific financing).</param>
/// <param name="FosforaGroup">Heading of the FOSFORA table, or null when not a FOSFORA expense.</param>
/// <param name="FosforaLine">Line of the FOSFORA table (required when the group is given).</param>
/// <param name="Sessions">Sessions delivered; blank is 0.</param>
/// <param name="FosforaAmountEur">FOSFORA amount; blank is 0.</param>
/// <param name="VolunteersOutsideCentres">Volunteers counted by the federation itself; blank is 0.</param>
public sealed record CatalogueAction(
    string ActionCode,
    string Title,
    Audience? Audience,
    string? FosforaGroup,
    string? FosforaLine,
    int Sessions,
    decimal FosforaAmountEur,
    int VolunteersOutsideCentres);
