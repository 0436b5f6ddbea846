using System.Net;
using System.Net.Sockets;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP relay from a loopback port of its own to another loopback port. A test can <see cref="Cut"/> it: every open
/// connection is reset and every new one is reset at once, as when the server behind it stops; then <see cref="Reconnect"/>
/// it. It keeps its port all along, so clients keep their connection string across a restart of the server.
/// </summary>
internal sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _disposing = new();
    private readonly object _gate = new();
    private readonly HashSet<Socket> _open = [];
    private readonly Task _accepting;
    private bool _cut;
    private int _reset;

    public LoopbackProxy(int targetPort)
    {
        TargetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The port clients connect to.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The port connections are relayed to.</summary>
    public int TargetPort { get; }

    /// <summary>How many connections were reset because the relay was cut (open ones and new ones).</summary>
    public int Reset => Volatile.Read(ref _reset);

    /// <summary>Resets every open connection, and every new one until <see cref="Reconnect"/>.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _cut = true;
            foreach (var socket in _open)
            {
                Abort(socket);
            }

            _reset += _open.Count / 2;
            _open.Clear();
        }
    }

    /// <summary>Relays new connections again.</summary>
    public void Reconnect()
    {
        lock (_gate)
        {
            _cut = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _disposing.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_disposing.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            lock (_gate)
            {
                if (_cut)
                {
                    _reset++;
                    Abort(client);
                    return;
                }
            }

            await server.ConnectAsync(IPAddress.Loopback, TargetPort, _disposing.Token);
            lock (_gate)
            {
                if (_cut)
                {
                    _reset++;
                    Abort(client);
                    return;
                }

                _open.Add(client);
                _open.Add(server);
            }

            await Task.WhenAll(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The server is down (connection refused) or the test ends: the client sees its connection reset.
            Abort(client);
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(server);
            }

            client.Dispose();
            server.Dispose();
        }
    }

    /// <summary>Copies one direction; at its end, passes the end on; on a failure, resets both sides.</summary>
    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Abort(from);
            Abort(to);
        }
    }

    /// <summary>Closes with a reset (no lingering), as a stopped server's connections end.</summary>
    private static void Abort(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }
}
