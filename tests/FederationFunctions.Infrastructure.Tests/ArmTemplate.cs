using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>
/// A compiled ARM template and every resource it declares, nested module deployments included.
/// Resources referenced with <c>existing</c> are left out: they declare nothing.
/// </summary>
public sealed class ArmTemplate : IDisposable
{
    private readonly JsonDocument _document;

    public ArmTemplate(JsonDocument document)
    {
        _document = document;
        Root = document.RootElement;
        Resources = Collect(Root, module: null).ToList();
    }

    public JsonElement Root { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The default value of a parameter of the main template.</summary>
    public JsonElement DefaultOf(string parameterName) =>
        Root.GetProperty("parameters").GetProperty(parameterName).GetProperty("defaultValue");

    public void Dispose() => _document.Dispose();

    private static IEnumerable<ArmResource> Collect(JsonElement template, ArmResource? module)
    {
        var resources = template.GetProperty("resources");
        var declared = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(property => property.Value)
            : resources.EnumerateArray();
        foreach (var element in declared)
        {
            if (element.TryGetProperty("existing", out var existing) && existing.ValueKind == JsonValueKind.True)
            {
                continue;
            }

            var resource = new ArmResource(element, template, module);
            yield return resource;
            if (string.Equals(resource.Type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var nested in Collect(element.GetProperty("properties").GetProperty("template"), resource))
                {
                    yield return nested;
                }
            }
        }
    }
}
