namespace FederationFunctions.Core.Templates;

/// <summary>A template written (<see cref="FileName"/>), or why none could be (<see cref="Refusal"/>, French, from <see cref="CentreTemplateMessages"/>).</summary>
public sealed record CentreTemplateResult(string? FileName, string? Refusal)
{
    public static CentreTemplateResult Written(string fileName) => new(fileName, null);

    public static CentreTemplateResult Refused(string refusal) => new(null, refusal);
}
