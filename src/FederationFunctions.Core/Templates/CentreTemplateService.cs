using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Templates;

/// <summary>Produces a structure's blank workbook for a year from that year's current reference.</summary>
public sealed class CentreTemplateService(IConsolidationInputSource inputSource, CentreTemplateWriter writer)
{
    /// <summary>
    /// Writes the template of <paramref name="structureCode"/> for <paramref name="year"/> into <paramref name="output"/>.
    /// Returns the file name, or null when the year has no reference or the structure is not one of its members.
    /// </summary>
    public async Task<string?> WriteAsync(int year, string structureCode, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(structureCode);
        var reference = (await inputSource.LoadAsync(year, cancellationToken)).Reference;
        var code = structureCode.Trim().ToUpperInvariant();
        var structure = reference?.Structures.FirstOrDefault(s => s.IsMember && string.Equals(s.Code, code, StringComparison.Ordinal));
        if (reference is null || structure is null)
        {
            return null;
        }

        writer.Write(reference, structure, output);
        return CentreTemplateWriter.FileName(year, structure.Code);
    }
}
