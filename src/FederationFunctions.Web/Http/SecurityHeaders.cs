using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Http;

/// <summary>
/// Headers every response of the app carries, in both hosts: a strict Content-Security-Policy (only the app's own style sheet and
/// script, no inline code, forms posting to the app only, no framing), no MIME sniffing, and no Referer (a centre's link carries its
/// token in the query string). Pages are not cached: they hold personal links and current statuses.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
    }
}
