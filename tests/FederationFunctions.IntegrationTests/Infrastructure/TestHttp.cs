using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Just enough of the isolated worker's HTTP model to call an HTTP function class directly, as the host would.</summary>
internal static class TestHttp
{
    public static HttpRequestData Request(string method, string path)
    {
        var services = new ServiceCollection();
        services.Configure<WorkerOptions>(o => o.Serializer = new JsonObjectSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        return new FakeRequest(new Context(services.BuildServiceProvider()), method, new Uri("http://localhost/api/" + path));
    }

    public static async Task<JsonDocument> JsonAsync(HttpResponseData response)
    {
        response.Body.Position = 0;
        return await JsonDocument.ParseAsync(response.Body);
    }

    private sealed class FakeRequest(FunctionContext context, string method, Uri url) : HttpRequestData(context)
    {
        public override Stream Body { get; } = new MemoryStream();

        public override HttpHeadersCollection Headers { get; } = [];

        public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

        public override Uri Url { get; } = url;

        public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

        public override string Method { get; } = method;

        public override HttpResponseData CreateResponse() => new FakeResponse(FunctionContext);
    }

    private sealed class FakeResponse(FunctionContext context) : HttpResponseData(context)
    {
        public override HttpStatusCode StatusCode { get; set; }

        public override HttpHeadersCollection Headers { get; set; } = [];

        public override Stream Body { get; set; } = new MemoryStream();

        public override HttpCookies Cookies => throw new NotSupportedException("The functions under test set no cookies.");
    }

    private sealed class Context(IServiceProvider services) : FunctionContext
    {
        public override string InvocationId { get; } = Guid.NewGuid().ToString("N");

        public override string FunctionId { get; } = "test";

        public override TraceContext TraceContext => throw new NotSupportedException();

        public override BindingContext BindingContext => throw new NotSupportedException();

        public override RetryContext RetryContext => throw new NotSupportedException();

        public override IServiceProvider InstanceServices { get; set; } = services;

        public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

        public override IInvocationFeatures Features => throw new NotSupportedException();
    }
}
