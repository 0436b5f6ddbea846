using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Injects storage faults at the Azure SDK boundary: added to the clients' options, it sees every request the pipeline sends
/// (blobs and tables), counts them, and fails the ones a test chooses, the way a real account fails (an HTTP error that the
/// SDK's retries then see, or a network exception).
/// </summary>
internal sealed class StorageFaultPolicy : HttpPipelinePolicy
{
    private readonly object _gate = new();
    private readonly List<string> _requests = [];
    private Func<StorageRequest, FaultKind>? _rule;

    /// <summary>How an injected fault shows.</summary>
    public enum FaultKind
    {
        None,

        /// <summary>The account answers 503 Server Busy (the SDK retries it).</summary>
        ServerBusy,

        /// <summary>The connection breaks (an <see cref="IOException"/>; the SDK retries it, then throws an <see cref="AggregateException"/>).</summary>
        Network,

        /// <summary>The call fails for good as seen by the caller (a <see cref="RequestFailedException"/> after the SDK's retries).</summary>
        Fail,

        /// <summary>
        /// The answer comes (200 and its headers), then the connection breaks while its body is read (an <see cref="IOException"/>
        /// from the content stream; a download's stream asks again for the rest, then throws an <see cref="AggregateException"/>).
        /// </summary>
        BrokenBody,

        /// <summary>
        /// The account carries the request out, then its answer is lost (an <see cref="IOException"/>): the SDK sends the same
        /// request again, as after a connection reset in the middle of an outage.
        /// </summary>
        AnswerLost,
    }

    /// <summary>Every request sent so far, as <c>METHOD path</c> (query left out).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>How many faults were injected.</summary>
    public int Injected { get; private set; }

    /// <summary>How many requests were answered 409 or 412 (a conditional write that lost a race, then retried).</summary>
    public int Conflicts => _conflicts;

    private int _conflicts;

    /// <summary>Sets the rule deciding which requests fail (null: none).</summary>
    public void FailWhen(Func<StorageRequest, FaultKind>? rule)
    {
        lock (_gate)
        {
            _rule = rule;
        }
    }

    /// <summary>Fails the <paramref name="index"/>-th request (0-based) counted from now, once.</summary>
    public void FailNth(int index, FaultKind kind = FaultKind.Fail)
    {
        var seen = -1;
        FailWhen(_ => Interlocked.Increment(ref seen) == index ? kind : FaultKind.None);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var kind = Inject(message);
        ProcessNext(message, pipeline);
        Answer(message, kind);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var kind = Inject(message);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Answer(message, kind);
    }

    private void Answer(HttpMessage message, FaultKind kind)
    {
        if (kind == FaultKind.AnswerLost)
        {
            throw new IOException("Injected fault: the answer to " + message.Request.Method.Method + " " + message.Request.Uri.Path + " was lost.");
        }

        if (kind == FaultKind.BrokenBody && message.HasResponse && message.Response.ContentStream is { } body)
        {
            message.Response.ContentStream = new BrokenStream(body);
        }

        CountConflict(message);
    }

    private void CountConflict(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Status is 409 or 412)
        {
            Interlocked.Increment(ref _conflicts);
        }
    }

    private FaultKind Inject(HttpMessage message)
    {
        var request = new StorageRequest(message.Request.Method.Method, message.Request.Uri.Path, message.Request.Uri.Query);
        FaultKind kind;
        lock (_gate)
        {
            _requests.Add(request.Method + " " + request.Path);
            kind = _rule?.Invoke(request) ?? FaultKind.None;
            if (kind != FaultKind.None)
            {
                Injected++;
            }
        }

        switch (kind)
        {
            case FaultKind.ServerBusy:
            case FaultKind.Fail:
                throw new RequestFailedException(503, "Injected fault: " + request.Method + " " + request.Path, "ServerBusy", null);
            case FaultKind.Network:
                throw new IOException("Injected network fault: " + request.Method + " " + request.Path);
        }

        return kind;
    }

    /// <summary>A response body whose connection breaks at the first read.</summary>
    private sealed class BrokenStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw Broken();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(Broken());

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(Broken());

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private static IOException Broken() => new("Injected fault: the connection broke while the body was read.");
    }
}

/// <summary>A request as <see cref="StorageFaultPolicy"/> sees it.</summary>
internal sealed record StorageRequest(string Method, string Path, string Query)
{
    public bool IsRead => Method is "GET" or "HEAD";

    public bool Targets(string name) => Uri.UnescapeDataString(Path).Contains(name, StringComparison.Ordinal);
}
