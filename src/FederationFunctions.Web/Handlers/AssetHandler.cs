using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Handlers;

/// <summary><c>GET static/{name}</c>: the style sheet and the drag-and-drop script, embedded in this assembly (no external resource).</summary>
public sealed class AssetHandler
{
    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> Assets = Load();

    public static IReadOnlyCollection<string> Names => Assets.Keys;

    public IResult Get(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (name is null || !Assets.TryGetValue(name, out var asset))
        {
            return TypedResults.NotFound();
        }

        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return Http.Downloads.Inline(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(AssetHandler).Assembly;
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["assets/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            };
            assets[name] = (copy.ToArray(), type);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
