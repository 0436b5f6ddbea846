using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>One resource of a compiled template, with the template declaring it and the module deployment holding it.</summary>
public sealed class ArmResource(JsonElement element, JsonElement template, ArmResource? module)
{
    public JsonElement Element { get; } = element;

    /// <summary>The template (main or a module's) that declares this resource.</summary>
    public JsonElement Template { get; } = template;

    /// <summary>The module deployment this resource is declared in; null for the main template.</summary>
    public ArmResource? Module { get; } = module;

    public string Type => Element.GetProperty("type").GetString()!;

    public JsonElement Properties => Element.GetProperty("properties");

    /// <summary>The string at a dotted path under the resource, e.g. "properties.siteConfig.minTlsVersion".</summary>
    public JsonElement At(string path)
    {
        var current = Element;
        foreach (var segment in path.Split('.'))
        {
            Assert.True(
                current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out current),
                $"{Type} has no '{path}'.");
        }

        return current;
    }

    /// <summary>A variable of the template declaring this resource.</summary>
    public JsonElement Variable(string name) => Template.GetProperty("variables").GetProperty(name);

    /// <summary>
    /// The built-in role definition guid of a role assignment, whether the template writes it literally or through a
    /// variable (<c>subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('reader'))</c>).
    /// </summary>
    public string RoleDefinitionGuid()
    {
        var expression = At("properties.roleDefinitionId").GetString()!;
        var match = System.Text.RegularExpressions.Regex.Match(
            expression, @"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', (?:variables\('(?<variable>[^']+)'\)|'(?<guid>[0-9a-f-]{36})')\)\]$");
        Assert.True(match.Success, $"Role definition is not a built-in role id: {expression}");
        return match.Groups["variable"].Success
            ? Variable(match.Groups["variable"].Value).GetString()!
            : match.Groups["guid"].Value;
    }

    /// <summary>The scope expression of an extension resource (role assignment, lock, diagnostic setting).</summary>
    public string Scope => At("scope").GetString()!;

    /// <summary>The value the module deployment passes for one of its parameters.</summary>
    public JsonElement ModuleParameter(string name)
    {
        Assert.NotNull(Module);
        return Module.Properties.GetProperty("parameters").GetProperty(name).GetProperty("value");
    }
}
