using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>Storage commands when the account does not answer: a quick failure that says what to run (issue 12, point 6).</summary>
public sealed class StorageUnavailableTests : IDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // Accepts connections and never answers: storage that hangs rather than refuses.
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _held = [];

    public StorageUnavailableTests()
    {
        _silent.Start();
        _ = AcceptForeverAsync();
    }

    public static TheoryData<string> Commands => new()
    {
        "status --year 2025",
        "ingest",
        "feedback --out {dir}",
        "consolidate --year 2025 --out {dir}/r.xlsx",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task StorageCommand_NothingListensOnThePort_FailsQuicklySayingWhatToRun(string command)
    {
        var (exit, error, elapsed) = await RunAsync(command, ClosedPort());

        Assert.Equal(1, exit);
        AssertSaysWhatToRun(error);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"failed after {elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task StorageCommand_StorageAcceptsButNeverAnswers_FailsWithinSecondsSayingWhatToRun(string command)
    {
        var port = ((IPEndPoint)_silent.LocalEndpoint).Port;

        var (exit, error, elapsed) = await RunAsync(command, port);

        Assert.Equal(1, exit);
        AssertSaysWhatToRun(error);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"failed after {elapsed.TotalSeconds:0.0} s");
    }

    public void Dispose()
    {
        _silent.Stop();
        lock (_held)
        {
            foreach (var socket in _held)
            {
                socket.Dispose();
            }
        }
    }

    private static void AssertSaysWhatToRun(string error)
    {
        Assert.Contains("ne répond pas", error, StringComparison.Ordinal);
        Assert.Contains("./run.sh --serve", error, StringComparison.Ordinal);
        Assert.Contains("--connection", error, StringComparison.Ordinal);
        Assert.Contains("scripts/azurite-start.sh", error, StringComparison.Ordinal);
        Assert.Contains(".azurite/connection", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Error, TimeSpan Elapsed)> RunAsync(string command, int port)
    {
        var directory = Path.Combine(Path.GetTempPath(), "federation-nostorage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
            var test = new CliTestContext(connection);
            var args = command.Replace("{dir}", directory, StringComparison.Ordinal).Split(' ').Append("--connection").Append(connection).ToArray();
            var watch = Stopwatch.StartNew();
            var run = test.RunAsync(args);
            var finished = await Task.WhenAny(run, Task.Delay(Patience));
            Assert.True(finished == run, $"« federation {command} » was still waiting after {Patience.TotalSeconds} s");
            return (await run, test.Error.ToString(), watch.Elapsed);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _silent.AcceptSocketAsync();
                lock (_held)
                {
                    _held.Add(socket);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Stopped at the end of the test.
        }
    }
}
