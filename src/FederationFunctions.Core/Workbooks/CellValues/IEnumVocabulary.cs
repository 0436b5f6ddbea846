namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>The accepted values of an enumerated column, independent of the model enum (for templates and reports).</summary>
public interface IEnumVocabulary
{
    /// <summary>What the values are, in French and plural, for messages: « ne figure pas dans la liste des types de rencontre ».</summary>
    string FrenchPluralNoun { get; }

    /// <summary>The canonical French labels, in the spec's order (for dropdown lists).</summary>
    IReadOnlyList<string> Labels { get; }

    /// <summary>The codes, in the same order as <see cref="Labels"/>.</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>Every accepted spelling of the value at <paramref name="index"/>: label, code and alternatives.</summary>
    IReadOnlyList<string> SpellingsAt(int index);

    /// <summary>The index of the term a text matches (normalised like headers), or -1.</summary>
    int IndexOf(string text);
}
