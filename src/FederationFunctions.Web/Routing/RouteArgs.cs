using Microsoft.AspNetCore.Routing;

namespace FederationFunctions.Web.Routing;

/// <summary>The route values a handler takes, whichever host bound them (the Functions host as function parameters, Kestrel's routing as route values).</summary>
public sealed record RouteArgs(string? StructureCode = null, string? Year = null, string? Name = null)
{
    public static RouteArgs From(RouteValueDictionary values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new RouteArgs(values["structureCode"] as string, values["year"] as string, values["name"] as string);
    }
}
