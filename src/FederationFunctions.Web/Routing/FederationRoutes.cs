using FederationFunctions.Web.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Web.Routing;

/// <summary>
/// The route table, shared by both hosts: the Functions app declares one function per route (same name, method and template;
/// a test checks they are equal) and <c>federation host --http</c> maps this table onto Kestrel with <see cref="MapFederationRoutes"/>.
/// Templates carry no route constraint: a malformed year is answered 400 by the handler, not 404 by the router.
/// </summary>
public static class FederationRoutes
{
    public const string CentrePageTemplate = "depot/{structureCode}/{year}";
    public const string CentreTemplateTemplate = "depot/{structureCode}/{year}/modele";
    public const string CentreFeedbackTemplate = "depot/{structureCode}/{year}/retours/{name}";
    public const string StaffYearsTemplate = "suivi";
    public const string StaffYearTemplate = "suivi/{year}";
    public const string FollowUpExportTemplate = "suivi/{year}/relances.csv";
    public const string StaffReportTemplate = "suivi/{year}/rapport";
    public const string StaffConsolidationTemplate = "suivi/{year}/consolidation";
    public const string StaffReferenceTemplate = "suivi/{year}/referentiel";
    public const string AssetTemplate = "static/{name}";
    public const string ListReportsTemplate = "api/reports";
    public const string DownloadReportTemplate = "api/reports/{year}";
    public const string CollectionStatusTemplate = "api/status/{year}";
    public const string TemplateTemplate = "api/templates/{year}/{structureCode}";
    public const string RunConsolidationTemplate = "api/consolidations/{year}";

    public static IReadOnlyList<FederationRoute> All { get; } =
    [
        new("CentrePage", "GET", CentrePageTemplate, RouteAudience.Centre,
            (s, r, a, ct) => Centre(s).GetPageAsync(r, a.StructureCode!, a.Year!, ct)),
        new("CentreUpload", "POST", CentrePageTemplate, RouteAudience.Centre,
            (s, r, a, ct) => Centre(s).PostUploadAsync(r, a.StructureCode!, a.Year!, ct)),
        new("CentreTemplate", "GET", CentreTemplateTemplate, RouteAudience.Centre,
            (s, r, a, ct) => Centre(s).GetTemplateAsync(r, a.StructureCode!, a.Year!, ct)),
        new("CentreFeedback", "GET", CentreFeedbackTemplate, RouteAudience.Centre,
            (s, r, a, ct) => Centre(s).GetFeedbackAsync(r, a.StructureCode!, a.Year!, a.Name!, ct)),
        new("StaffYears", "GET", StaffYearsTemplate, RouteAudience.Staff,
            (s, r, a, ct) => Staff(s).GetYearsAsync(r, ct)),
        new("StaffYear", "GET", StaffYearTemplate, RouteAudience.Staff,
            (s, r, a, ct) => Staff(s).GetYearAsync(r, a.Year!, ct)),
        new("FollowUpExport", "GET", FollowUpExportTemplate, RouteAudience.Staff,
            (s, r, a, ct) => Staff(s).GetFollowUpCsvAsync(r, a.Year!, ct)),
        new("StaffReport", "GET", StaffReportTemplate, RouteAudience.Staff,
            (s, r, a, ct) => Staff(s).GetReportAsync(r, a.Year!, ct)),
        new("StaffConsolidation", "POST", StaffConsolidationTemplate, RouteAudience.Staff,
            (s, r, a, ct) => Staff(s).PostConsolidationAsync(r, a.Year!, ct)),
        new("StaffReference", "POST", StaffReferenceTemplate, RouteAudience.Staff,
            (s, r, a, ct) => Staff(s).PostReferenceAsync(r, a.Year!, ct)),
        new("StaticAsset", "GET", AssetTemplate, RouteAudience.Public,
            (s, r, a, ct) => Task.FromResult(s.GetRequiredService<AssetHandler>().Get(r, a.Name!))),
        new("ListReports", "GET", ListReportsTemplate, RouteAudience.Script,
            (s, r, a, ct) => Api(s).ListReportsAsync(r, ct)),
        new("DownloadReport", "GET", DownloadReportTemplate, RouteAudience.Script,
            (s, r, a, ct) => Api(s).DownloadReportAsync(r, a.Year!, ct)),
        new("GetCollectionStatus", "GET", CollectionStatusTemplate, RouteAudience.Script,
            (s, r, a, ct) => Api(s).GetCollectionStatusAsync(r, a.Year!, ct)),
        new("GetTemplate", "GET", TemplateTemplate, RouteAudience.Script,
            (s, r, a, ct) => Api(s).GetTemplateAsync(r, a.Year!, a.StructureCode!, ct)),
        new("RunConsolidation", "POST", RunConsolidationTemplate, RouteAudience.Script,
            (s, r, a, ct) => Api(s).RunConsolidationAsync(r, a.Year!, ct)),
    ];

    public static FederationRoute Get(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal)) ?? throw new ArgumentException($"No route named '{name}'.", nameof(name));

    /// <summary>Maps every route onto an ASP.NET Core app (the local host's Kestrel).</summary>
    public static IEndpointRouteBuilder MapFederationRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var route in All)
        {
            Func<HttpContext, Task<IResult>> handler = context =>
                route.InvokeAsync(context.Request, RouteArgs.From(context.Request.RouteValues), context.RequestAborted);
            endpoints.MapMethods(route.Template, [route.Method], (Delegate)handler).WithName(route.Name);
        }

        return endpoints;
    }

    private static CentreHandlers Centre(IServiceProvider services) => services.GetRequiredService<CentreHandlers>();

    private static StaffHandlers Staff(IServiceProvider services) => services.GetRequiredService<StaffHandlers>();

    private static ApiHandlers Api(IServiceProvider services) => services.GetRequiredService<ApiHandlers>();
}
