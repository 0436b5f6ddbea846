using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The blob containers the command line writes to or reads from, named by the <c>Federation:Storage</c> settings.</summary>
internal sealed class CliStorage
{
    private const string Section = "Federation:Storage";

    public CliStorage(CliContext context, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = new BlobServiceClient(connectionString);
        var section = context.Configuration.GetSection(Section);
        Uploads = service.GetBlobContainerClient(section["UploadsContainer"] ?? "uploads");
        Reference = service.GetBlobContainerClient(section["ReferenceContainer"] ?? "reference");
        Feedback = service.GetBlobContainerClient(section["FeedbackContainer"] ?? "feedback");
        Reports = service.GetBlobContainerClient(section["ReportsContainer"] ?? "reports");
    }

    public BlobContainerClient Uploads { get; }

    public BlobContainerClient Reference { get; }

    public BlobContainerClient Feedback { get; }

    public BlobContainerClient Reports { get; }

    /// <summary>The container for a manifest's container name (<c>uploads</c> or <c>reference</c>).</summary>
    public BlobContainerClient For(string container) => container switch
    {
        "uploads" => Uploads,
        "reference" => Reference,
        _ => throw new InvalidDataException($"conteneur inconnu dans le manifeste : « {container} » (attendu : uploads ou reference)."),
    };
}
