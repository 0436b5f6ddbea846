using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Templates;

/// <summary>Produces a structure's blank workbook for a year from that year's accepted reference.</summary>
public sealed class CentreTemplateService(IYearReferenceSource references, CentreTemplateWriter writer)
{
    /// <summary>
    /// Writes the template of <paramref name="structureCode"/> for <paramref name="year"/> into <paramref name="output"/>,
    /// or says why not: the year has no accepted reference (naming the year before's when there is one: « le référentiel
    /// est celui de 2025 »), or the structure is absent from it or not a member.
    /// </summary>
    public async Task<CentreTemplateResult> WriteAsync(int year, string structureCode, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(structureCode);
        var code = structureCode.Trim().ToUpperInvariant();
        var reference = await references.FindAsync(year, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            var previous = await references.FindAsync(year - 1, cancellationToken).ConfigureAwait(false);
            return CentreTemplateResult.Refused(previous is null
                ? CentreTemplateMessages.NoReference(year)
                : CentreTemplateMessages.ReferenceOfAnotherYear(year, previous.Year));
        }

        var structure = reference.Structures.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));
        if (structure is null || !structure.IsMember)
        {
            return CentreTemplateResult.Refused(structure is null
                ? CentreTemplateMessages.UnknownStructure(code, year)
                : CentreTemplateMessages.NotAMember(code, year));
        }

        writer.Write(reference, structure, output);
        return CentreTemplateResult.Written(CentreTemplateWriter.FileName(year, structure.Code));
    }
}
