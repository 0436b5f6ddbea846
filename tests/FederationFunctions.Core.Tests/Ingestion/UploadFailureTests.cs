using Azure;
using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

public class UploadFailureTests
{
    public static TheoryData<Exception, string> Failures => new()
    {
        { new RequestFailedException(409, "This operation is not permitted on an archived blob.", "BlobArchived", null), "le stockage a refusé l'opération (code HTTP 409, BlobArchived)" },
        { new RequestFailedException(503, "Server busy"), "le stockage a refusé l'opération (code HTTP 503)" },
        { new RequestFailedException("No connection could be made"), "le stockage n'a pas répondu (connexion impossible ou interrompue)" },
        { new AggregateException(new IOException("reset"), new IOException("Connection reset by peer")), "la connexion au stockage a été interrompue" },
        { new AggregateException(new RequestFailedException("Connection reset by peer"), new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.NotConnected)), "la connexion au stockage a été interrompue" },
        { new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"), "le stockage n'a pas répondu à temps" },
        { new InvalidOperationException("Sequence contains no elements"), "erreur inattendue pendant l'intégration (le détail est dans le journal de l'application)" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Explain_StorageOrUnexpectedFailure_SaysWhatHappenedInFrenchWithoutTheExceptionText(Exception exception, string expected)
    {
        var explanation = UploadFailure.Explain(exception);

        Assert.Equal(expected, explanation);
        Assert.DoesNotContain(exception.Message, explanation, StringComparison.Ordinal);
    }
}
