using System.Net.Sockets;
using Azure;
using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

/// <summary>
/// Which failures leave an upload for the next attempt (transient) and which record it as unreadable at once. A transient
/// failure taken for a lasting one records a good upload as « Rejetée » and tells its centre to upload again.
/// </summary>
public class TransientFailureTests
{
    public static TheoryData<Exception> Transient => new()
    {
        new RequestFailedException(503, "Server busy"),
        new RequestFailedException(412, "The condition specified using HTTP conditional header(s) is not met."),
        new RequestFailedException("Connection refused"),
        new HttpRequestException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset)),
        new IOException("Unable to read data from the transport connection"),
        new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"),
        // Seen when Azurite stopped mid-sweep: the SDK's retries end on a bare socket error, not wrapped in a request failure.
        new SocketException((int)SocketError.NotConnected),
        new AggregateException(
            new RequestFailedException("Connection reset by peer", new HttpRequestException("Connection reset by peer")),
            new SocketException((int)SocketError.NotConnected)),
    };

    public static TheoryData<Exception> Lasting => new()
    {
        new RequestFailedException(400, "The specifed resource name contains invalid characters."),
        new RequestFailedException(403, "This request is not authorized to perform this operation."),
        new InvalidOperationException("Sequence contains no elements"),
        new FormatException("Simulated checker defect."),
        new AggregateException(new RequestFailedException(503, "Server busy"), new InvalidOperationException("defect")),
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public void IsTransient_StorageOrNetworkTrouble_IsLeftForTheNextAttempt(Exception exception) =>
        Assert.True(IsolatedIngestion.IsTransient(exception), exception.ToString());

    [Theory]
    [MemberData(nameof(Lasting))]
    public void IsTransient_RefusalOrDefect_IsRecordedAsUnreadable(Exception exception) =>
        Assert.False(IsolatedIngestion.IsTransient(exception), exception.ToString());
}
