using FederationFunctions.Core.Templates;
using FederationFunctions.Web.Access;
using FederationFunctions.Web.Consolidation;
using FederationFunctions.Web.Handlers;
using FederationFunctions.Web.Http;
using FederationFunctions.Web.Links;
using FederationFunctions.Web.Queries;
using FederationFunctions.Web.Rendering;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FederationFunctions.Web;

/// <summary>Registers the pages and handlers, shared by the Functions app and <c>federation host --http</c> (after the Core's registration).</summary>
public static class FederationWebServiceCollectionExtensions
{
    /// <summary>
    /// Registers the handlers, queries, renderer and anti-forgery, with <see cref="WebOptions"/> validated at start. Staff are
    /// recognised by <see cref="AppServiceStaffAccess"/> unless the host registered another <see cref="IStaffAccess"/> before.
    /// </summary>
    public static IServiceCollection AddFederationWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebOptions>()
            .Bind(configuration.GetSection(WebOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.MinYear <= o.MaxYear, "Federation:Web:MinYear must not be after Federation:Web:MaxYear.")
            .ValidateOnStart();

        // Pages keep French letters readable in their source; everything else is still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(
            UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation));
        services.AddAntiforgery(o =>
        {
            o.FormFieldName = FormAntiforgery.FieldName;
            o.Cookie.Name = FormAntiforgery.CookieName;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.SuppressXFrameOptionsHeader = true;
        });

        services.TryAddSingleton<IStaffAccess, AppServiceStaffAccess>();
        services.TryAddSingleton<CentreLinks>();
        services.TryAddSingleton<RouteInputs>();
        services.TryAddSingleton<PageRenderer>();
        services.TryAddSingleton<StaffResponses>();
        services.TryAddSingleton<FeedbackReader>();
        services.TryAddSingleton<TemplateDownloads>();
        services.TryAddSingleton<YearReference>();
        services.TryAddSingleton<CentreDeskQuery>();
        services.TryAddSingleton<CollectionOverviewQuery>();
        services.TryAddSingleton<ConsolidationRunner>();
        services.TryAddSingleton<CentreHandlers>();
        services.TryAddSingleton<StaffHandlers>();
        services.TryAddSingleton<ApiHandlers>();
        services.TryAddSingleton<AssetHandler>();
        return services;
    }
}
