using FederationFunctions;
using FederationFunctions.Core;
using FederationFunctions.Web;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// HTTP functions take an ASP.NET Core HttpRequest and return an IResult: the handlers and pages of FederationFunctions.Web,
// the same ones `federation host --http` serves with Kestrel.
builder.ConfigureFunctionsWebApplication();

// Connection string (AzureWebJobsStorage) or identity-based (AzureWebJobsStorage__blobServiceUri / __tableServiceUri):
// in the second case, the managed identity named by AzureWebJobsStorage__clientId. Options are validated at start.
builder.Services.AddFederationCore(builder.Configuration, StorageCredential.FromConfiguration(builder.Configuration));
builder.Services.AddFederationWeb(builder.Configuration);

builder.Build().Run();
