using System.Globalization;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// An Azurite of the test's own that keeps its data on disk (<c>scripts/azurite-start.sh STATE --persist</c>) and can be
/// stopped and started again on the same ports, the way an outage of the storage account looks to the pipeline. Clients
/// reach it through a <see cref="LoopbackProxy"/> per service: a stop first cuts every connection (so that the emulator
/// stops idle: Azurite saves its metadata as a snapshot when it closes, and a request still in its hands at that moment
/// could be answered and yet lost, which Azure Storage never does), then stops the process (SIGTERM) for real; a start
/// runs it again from its files, then lets connections through. Stopped and its files deleted on dispose, even after a
/// failure.
/// </summary>
public sealed class RestartableAzurite : IAsyncLifetime, IAzurite
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "federation-azurite-restart-" + Guid.NewGuid().ToString("N"));
    private readonly List<LoopbackProxy> _proxies = [];

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>True between <see cref="StartAsync"/> and <see cref="StopAsync"/>.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>How many client connections were reset by the stops so far.</summary>
    public int ConnectionsReset => _proxies.Sum(p => p.Reset);

    public async Task InitializeAsync()
    {
        await AzuriteScripts.StartAsync(_state, persist: true);
        IsRunning = true;
        var ports = (await File.ReadAllTextAsync(Path.Combine(_state, "ports"))).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var blob = new LoopbackProxy(int.Parse(ports[0], CultureInfo.InvariantCulture));
        var queue = new LoopbackProxy(int.Parse(ports[1], CultureInfo.InvariantCulture));
        var table = new LoopbackProxy(int.Parse(ports[2], CultureInfo.InvariantCulture));
        _proxies.AddRange([blob, queue, table]);
        const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        ConnectionString = string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:{blob.Port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue.Port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table.Port}/devstoreaccount1;");
    }

    /// <summary>Azurite stops: every connection is reset at once, then the process ends (its data saved).</summary>
    public async Task StopAsync()
    {
        foreach (var proxy in _proxies)
        {
            proxy.Cut();
        }

        IsRunning = false;
        // What the emulator had already received finishes in its hands (milliseconds); then it stops idle.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await AzuriteScripts.StopAsync(_state);
    }

    /// <summary>Azurite starts again from its files on the same ports, and connections go through again.</summary>
    public async Task StartAsync()
    {
        await AzuriteScripts.StartAsync(_state, persist: true);
        foreach (var proxy in _proxies)
        {
            proxy.Reconnect();
        }

        IsRunning = true;
    }

    public async Task DisposeAsync()
    {
        foreach (var proxy in _proxies)
        {
            await proxy.DisposeAsync();
        }

        await AzuriteScripts.StopAsync(_state);
        Directory.Delete(_state, recursive: true);
    }
}
