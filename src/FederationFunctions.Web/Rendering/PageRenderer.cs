using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Web.Rendering;

/// <summary>
/// Renders a page (a Razor component) to HTML on the server with <see cref="HtmlRenderer"/>, which HTML-encodes every value it
/// writes: text from an upload or the reference never reaches the page as markup. No interactivity, no client framework.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TPage>(IDictionary<string, object?> parameters)
        where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }

    /// <summary>A page as an HTTP result with <paramref name="statusCode"/>.</summary>
    public async Task<IResult> PageAsync<TPage>(IDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        var html = await RenderAsync<TPage>(parameters).ConfigureAwait(false);
        return new HtmlPageResult("<!DOCTYPE html>\n" + html, statusCode);
    }
}
