using FederationFunctions;
using FederationFunctions.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// Connection string (AzureWebJobsStorage) or identity-based (AzureWebJobsStorage__blobServiceUri / __tableServiceUri):
// in the second case, the managed identity named by AzureWebJobsStorage__clientId. Options are validated at start.
builder.Services.AddFederationCore(builder.Configuration, StorageCredential.FromConfiguration(builder.Configuration));

builder.Build().Run();
