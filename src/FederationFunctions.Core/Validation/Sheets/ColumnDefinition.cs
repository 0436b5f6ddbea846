using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// A column of a table sheet, or a field of a form sheet, exactly as the spec lists it.
/// A header (or form label) matches when its normalised form (<see cref="HeaderNormalizer.Normalize"/>) equals that of
/// <see cref="FrenchHeader"/>, of one of <see cref="Alternatives"/>, or of <see cref="Identifier"/>.
/// </summary>
/// <param name="Identifier">The English identifier, e.g. <c>staff_attendees</c>.</param>
/// <param name="FrenchHeader">The canonical French header or label, e.g. <c>Salariés présents</c> (used by templates).</param>
/// <param name="Alternatives">Other accepted headers, e.g. <c>Salariés</c>.</param>
/// <param name="Kind">How the cells are read.</param>
/// <param name="Required">True when the column (or field) must be present and every data row must give a value.</param>
/// <param name="Vocabulary">For <see cref="ColumnKind.Enum"/>: the accepted values and their labels.</param>
public sealed record ColumnDefinition(
    string Identifier,
    string FrenchHeader,
    IReadOnlyList<string> Alternatives,
    ColumnKind Kind,
    bool Required,
    IEnumVocabulary? Vocabulary = null)
{
    /// <summary>Every accepted header: the French header, the alternatives and the identifier.</summary>
    public IEnumerable<string> AcceptedHeaders => [FrenchHeader, .. Alternatives, Identifier];

    /// <summary>True when a header or label written in a file names this column.</summary>
    public bool Matches(string? header)
    {
        var normalized = HeaderNormalizer.Normalize(header);
        return normalized.Length > 0 && AcceptedHeaders.Any(h => HeaderNormalizer.Normalize(h) == normalized);
    }
}
