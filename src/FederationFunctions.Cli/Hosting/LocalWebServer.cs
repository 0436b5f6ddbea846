using System.Net;
using System.Security.Cryptography;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Web;
using FederationFunctions.Web.Access;
using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Cli.Hosting;

/// <summary>
/// The pages and HTTP routes on this machine (<c>federation host --http</c>): Kestrel on 127.0.0.1 only, the shared route table
/// (<see cref="FederationRoutes"/>) and the pipeline registered as the Functions app registers it. The local caller is staff
/// (<see cref="LoopbackStaffAccess"/>). Without <c>Federation:Web:LinkSecret</c> a random secret is drawn for the session.
/// </summary>
internal static class LocalWebServer
{
    public const int DefaultPort = 7071;

    /// <summary>Builds the app; <paramref name="generatedSecret"/> is true when no link secret was configured.</summary>
    /// <param name="configureServices">Called after the registration (tests replace a service there).</param>
    public static WebApplication Build(
        CliContext context, string connectionString, int port, LogLevel minimumLevel, out bool generatedSecret, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = "federation" });
        builder.Configuration.AddConfiguration(context.Configuration);
        var overrides = new Dictionary<string, string?> { [CommonOptions.ConnectionSetting] = connectionString };
        generatedSecret = string.IsNullOrEmpty(context.Configuration[WebOptions.SectionName + ":LinkSecret"]);
        if (generatedSecret)
        {
            overrides[WebOptions.SectionName + ":LinkSecret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLevel)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });

        // Anti-forgery keys live in memory for the session (nothing written to the user's profile).
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IStaffAccess, LoopbackStaffAccess>();
        FederationRegistration.Add(builder.Services, builder.Configuration);
        builder.Services.AddFederationWeb(builder.Configuration);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapFederationRoutes();
        return app;
    }

    /// <summary>The address Kestrel listens on, once started (e.g. <c>http://127.0.0.1:7071/</c>).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The local web server has no address.");
        return new Uri(first.EndsWith('/') ? first : first + "/");
    }
}
