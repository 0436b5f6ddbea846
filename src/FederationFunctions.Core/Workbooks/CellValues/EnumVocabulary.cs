namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>
/// The accepted values of an enumerated column. A cell matches a term when its normalised text
/// (<see cref="HeaderNormalizer.Normalize"/>) equals that of the term's label, code or one of its alternatives.
/// </summary>
/// <typeparam name="TEnum">The model enum.</typeparam>
public sealed class EnumVocabulary<TEnum> : IEnumVocabulary
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, int> _indexByNormalizedSpelling = new(StringComparer.Ordinal);

    public EnumVocabulary(string frenchPluralNoun, IReadOnlyList<EnumTerm<TEnum>> terms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(frenchPluralNoun);
        ArgumentNullException.ThrowIfNull(terms);
        FrenchPluralNoun = frenchPluralNoun;
        Terms = terms;
        for (var i = 0; i < terms.Count; i++)
        {
            foreach (var spelling in Spellings(terms[i]))
            {
                var key = HeaderNormalizer.Normalize(spelling);
                if (_indexByNormalizedSpelling.TryGetValue(key, out var existing) && existing != i)
                {
                    throw new ArgumentException($"The spelling '{spelling}' is ambiguous between '{terms[existing].Label}' and '{terms[i].Label}'.", nameof(terms));
                }

                _indexByNormalizedSpelling[key] = i;
            }
        }

        Labels = terms.Select(t => t.Label).ToArray();
        Codes = terms.Select(t => t.Code).ToArray();
    }

    public string FrenchPluralNoun { get; }

    /// <summary>The terms in the spec's order.</summary>
    public IReadOnlyList<EnumTerm<TEnum>> Terms { get; }

    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<string> Codes { get; }

    /// <summary>The canonical French label of a value.</summary>
    public string LabelOf(TEnum value) => Terms.First(t => EqualityComparer<TEnum>.Default.Equals(t.Value, value)).Label;

    /// <summary>The spec's code of a value.</summary>
    public string CodeOf(TEnum value) => Terms.First(t => EqualityComparer<TEnum>.Default.Equals(t.Value, value)).Code;

    public IReadOnlyList<string> SpellingsAt(int index) => Spellings(Terms[index]).ToArray();

    public int IndexOf(string text) =>
        _indexByNormalizedSpelling.TryGetValue(HeaderNormalizer.Normalize(text), out var index) ? index : -1;

    /// <summary>The value a text names, or null when it matches nothing.</summary>
    public TEnum? Match(string text)
    {
        var index = IndexOf(text);
        return index < 0 ? null : Terms[index].Value;
    }

    private static IEnumerable<string> Spellings(EnumTerm<TEnum> term)
    {
        yield return term.Label;
        yield return term.Code;
        foreach (var alternative in term.Alternatives)
        {
            yield return alternative;
        }
    }
}
