using System.Globalization;
using System.Net.Sockets;
using Azure;

namespace FederationFunctions.Core.Ingestion;

/// <summary>A blob version whose ingestion failed this time and is left for the next trigger run or sweep.</summary>
/// <param name="Container">Its container.</param>
/// <param name="BlobName">Its blob name.</param>
/// <param name="VersionKey">Its version id or ETag.</param>
/// <param name="Reason">The error, in one line (the exception's own text, for logs and support).</param>
public sealed record UploadFailure(string Container, string BlobName, string VersionKey, string Reason)
{
    /// <summary>What went wrong, in French for the staff (<see cref="Explain"/>); <see cref="Reason"/> keeps the technical text.</summary>
    public string Explanation { get; init; } = string.Empty;

    /// <summary>
    /// A failure in words a staff member reads: the storage refused (with its HTTP status and error code, which support
    /// needs), did not answer, or something unexpected happened (details in the log). Never the exception's English text.
    /// </summary>
    public static string Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var root = exception;
        while (root is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            root = aggregate.InnerExceptions[^1];
        }

        return root switch
        {
            RequestFailedException { Status: 0 } => "le stockage n'a pas répondu (connexion impossible ou interrompue)",
            RequestFailedException failed => string.IsNullOrEmpty(failed.ErrorCode)
                ? string.Create(CultureInfo.InvariantCulture, $"le stockage a refusé l'opération (code HTTP {failed.Status})")
                : string.Create(CultureInfo.InvariantCulture, $"le stockage a refusé l'opération (code HTTP {failed.Status}, {failed.ErrorCode})"),
            IOException or HttpRequestException or SocketException => "la connexion au stockage a été interrompue",
            TimeoutException or OperationCanceledException => "le stockage n'a pas répondu à temps",
            OutOfMemoryException => "mémoire insuffisante pour traiter le fichier",
            _ => "erreur inattendue pendant l'intégration (le détail est dans le journal de l'application)",
        };
    }
}
