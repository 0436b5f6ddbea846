using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Links <c>Formations</c> rows to the catalogue by action code (trimmed, case-insensitive; the first catalogue entry wins for a repeated code).</summary>
internal sealed class TrainingLinker
{
    private readonly Dictionary<string, CatalogueAction> byCode = new(StringComparer.Ordinal);

    public TrainingLinker(IEnumerable<CatalogueAction> catalogue)
    {
        foreach (var action in catalogue)
        {
            byCode.TryAdd(CodeKey.Of(action.ActionCode), action);
        }
    }

    /// <summary>The catalogue action the row names, or null when its code is not in the catalogue.</summary>
    public CatalogueAction? Find(TrainingRow row) =>
        byCode.GetValueOrDefault(CodeKey.Of(row.ActionCode));
}
