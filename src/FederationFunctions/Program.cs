using FederationFunctions.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// Connection string (AzureWebJobsStorage) or identity-based (AzureWebJobsStorage__blobServiceUri / __tableServiceUri):
// DefaultAzureCredential is used only in the second case. Options are validated at start.
builder.Services.AddFederationCore(builder.Configuration);

builder.Build().Run();
