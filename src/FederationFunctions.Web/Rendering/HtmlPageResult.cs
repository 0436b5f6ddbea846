using System.Text;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Rendering;

/// <summary>A rendered page: UTF-8 HTML, never cached (it may hold a personal link or a current status).</summary>
public sealed class HtmlPageResult(string html, int statusCode) : IResult
{
    public string Html { get; } = html;

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentLanguage = "fr";
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
