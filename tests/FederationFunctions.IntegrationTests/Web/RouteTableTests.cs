using System.Reflection;
using FederationFunctions.Web.Routing;
using FederationFunctions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.IntegrationTests.Web;

/// <summary>No route exists in only one host: the Functions app's HTTP functions and the local host's endpoints are both the shared table.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouteTableTests(AzuriteFixture azurite)
{
    private static IEnumerable<(string Name, string Method, string Template, AuthorizationLevel Level)> FunctionRoutes() =>
        from type in typeof(FederationFunctions.Functions.CentrePage).Assembly.GetTypes()
        from method in type.GetMethods()
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        from parameter in method.GetParameters()
        let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
        where trigger is not null
        from verb in trigger.Methods!
        select (function.Name, verb.ToUpperInvariant(), trigger.Route!, trigger.AuthLevel);

    [Fact]
    public void FunctionsHttpRoutes_AreTheSharedRouteTable()
    {
        var expected = FederationRoutes.All
            .Select(r => (r.Name, r.Method, r.Template, r.Audience == RouteAudience.Script ? AuthorizationLevel.Function : AuthorizationLevel.Anonymous))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, FunctionRoutes().OrderBy(r => r.Name, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void FunctionsHttpRoutes_TakeAnHttpRequestAndReturnAResult()
    {
        foreach (var method in typeof(FederationFunctions.Functions.CentrePage).Assembly.GetTypes().SelectMany(t => t.GetMethods())
                     .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null)))
        {
            Assert.Equal(typeof(HttpRequest), method.GetParameters()[0].ParameterType);
            Assert.Equal(typeof(Task<IResult>), method.ReturnType);
        }
    }

    [Fact]
    public async Task LocalHostEndpoints_AreTheSharedRouteTable()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (
                e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single(),
                e.RoutePattern.RawText!))
            .OrderBy(e => e.EndpointName, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(FederationRoutes.All.Select(r => (r.Name, r.Method, r.Template)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(), endpoints);
    }
}
