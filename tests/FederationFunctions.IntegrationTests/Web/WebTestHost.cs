using System.Net;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs.Models;
using ClosedXML.Excel;
using FederationFunctions.Cli.Hosting;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;
using FederationFunctions.IntegrationTests.Cli;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Samples;
using FederationFunctions.Web.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.IntegrationTests.Web;

/// <summary>
/// <c>federation host --http</c>'s web server (<see cref="LocalWebServer"/>) started in-process on a free loopback port, on Azurite,
/// with containers and tables of its own; a sample year generated for it; an HTTP client with cookies and no redirects.
/// </summary>
internal sealed partial class WebTestHost : IAsyncDisposable
{
    public const int Year = 2025;
    public const string LinkSecret = "web-tests-secret-0123456789abcdef0123456789";

    /// <summary>The structure whose sample workbook is rejected (« douze » in Salariés formés): left for the tests to drop.</summary>
    public const string RejectedCode = "59-LIL-003";

    private static readonly Lazy<SampleYear> SharedSample = new(() => SampleYearGenerator.Generate(new SampleYearOptions(Year, 20, 3)));
    private readonly WebApplication _app;

    private WebTestHost(WebApplication app, CliTestContext test, Uri address)
    {
        _app = app;
        Test = test;
        Address = address;
        Cookies = new CookieContainer();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true }) { BaseAddress = address };
    }

    public CliTestContext Test { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public IServiceProvider Services => _app.Services;

    public FederationStorage Storage => Services.GetRequiredService<FederationStorage>();

    public static SampleYear Sample => SharedSample.Value;

    public static async Task<WebTestHost> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? configureServices = null)
    {
        var test = new CliTestContext(azurite.ConnectionString, new Dictionary<string, string?> { ["Federation:Web:LinkSecret"] = LinkSecret });
        var app = LocalWebServer.Build(test.Context, azurite.ConnectionString, 0, LogLevel.Warning, out _, configureServices);
        await app.StartAsync();
        var host = new WebTestHost(app, test, LocalWebServer.Address(app));
        await host.Storage.EnsureCreatedAsync(CancellationToken.None);
        return host;
    }

    /// <summary>The centre page's path with its token (relative, leading slash).</summary>
    public string CentrePath(string code, int year = Year) => "/" + Services.GetRequiredService<CentreLinks>().PathFor(code, year);

    /// <summary>Stores and ingests the reference and every first-wave workbook, except those of <paramref name="leaveOut"/>.</summary>
    public async Task SeedAsync(params string[] leaveOut)
    {
        var reference = Sample.Files.Single(f => f.Container == "reference");
        await StoreAndIngestAsync(reference.Container, reference.BlobName, reference.Content);
        await SeedCentresAsync(leaveOut);
    }

    /// <summary>Stores and ingests every first-wave centre workbook, except those of <paramref name="leaveOut"/>.</summary>
    public async Task SeedCentresAsync(params string[] leaveOut)
    {
        foreach (var file in Sample.Files.Where(f => f.Step == 1 && f.StructureCode is { } code && !leaveOut.Contains(code)))
        {
            await StoreAndIngestAsync(file.Container, file.BlobName, file.Content);
        }
    }

    public async Task StoreAndIngestAsync(string container, string blobName, byte[] content)
    {
        var storage = Storage;
        var client = container == "reference" ? storage.Reference : storage.Uploads;
        await client.GetBlobClient(blobName).UploadAsync(new BinaryData(content), overwrite: true);
        await Services.GetRequiredService<IngestionService>().IngestAsync(client.Name, blobName, CancellationToken.None);
    }

    /// <summary>The sample's rejected workbook of <see cref="RejectedCode"/>, and its corrected version (« douze » → 12).</summary>
    public static byte[] RejectedWorkbook => Sample.Files.Single(f => f.StructureCode == RejectedCode).Content;

    public static byte[] CorrectedWorkbook => Replace(RejectedWorkbook, "douze", 12);

    /// <summary>The reference with one structure's name replaced.</summary>
    public static byte[] ReferenceWithName(string code, string name)
    {
        var reference = Sample.Files.Single(f => f.Container == "reference").Content;
        using var workbook = new XLWorkbook(new MemoryStream(reference));
        var sheet = workbook.Worksheet("Structures");
        var cell = sheet.CellsUsed().First(c => c.GetString() == code);
        sheet.Cell(cell.Address.RowNumber, cell.Address.ColumnNumber + 1).Value = name;
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The reference with the optional contact columns (Contact, Courriel, Téléphone) filled for one structure, added when the sample has none.</summary>
    public static byte[] ReferenceWithContact(string code, string name, string email, string phone)
    {
        var reference = Sample.Files.Single(f => f.Container == "reference").Content;
        using var workbook = new XLWorkbook(new MemoryStream(reference));
        var sheet = workbook.Worksheet("Structures");
        var header = sheet.CellsUsed().First(c => c.GetString() == "Code structure").Address.RowNumber;
        var last = sheet.Row(header).LastCellUsed().Address.ColumnNumber;
        var row = sheet.CellsUsed().First(c => c.GetString() == code).Address.RowNumber;
        string[] headers = ["Contact", "Courriel", "Téléphone"];
        string[] values = [name, email, phone];
        for (var i = 0; i < 3; i++)
        {
            // The sample reference may already carry the contact columns: fill them, else add them after the last column.
            var existing = sheet.Row(header).CellsUsed().FirstOrDefault(c => c.GetString() == headers[i]);
            var column = existing?.Address.ColumnNumber ?? ++last;
            sheet.Cell(header, column).Value = headers[i];
            sheet.Cell(row, column).Value = values[i];
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A copy of a workbook where every cell whose text is <paramref name="text"/> holds <paramref name="value"/>.</summary>
    public static byte[] Replace(byte[] content, string text, object value)
    {
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var found = 0;
        foreach (var cell in workbook.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => c.GetString() == text))
        {
            cell.Value = value;
            found++;
        }

        Assert.True(found > 0, $"« {text} » not found in the workbook");
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>GETs a page and returns its HTML and anti-forgery field (name, value).</summary>
    public async Task<(string Html, string FieldName, string Token)> GetFormAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var match = HiddenField().Match(html);
        Assert.True(match.Success, "no anti-forgery field on " + path);
        return (html, match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    /// <summary>POSTs a multipart form with a file in <c>fichier</c> (and the anti-forgery field when given).</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string path, (string Name, string Value)? antiforgery, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        if (antiforgery is { } field)
        {
            form.Add(new StringContent(field.Value), field.Name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "fichier", fileName);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public async Task<List<string>> UploadBlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in Storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        var storage = Storage;
        foreach (var container in new[] { storage.Uploads, storage.Reference, storage.Feedback, storage.Reports })
        {
            await container.DeleteIfExistsAsync();
        }

        foreach (var table in new[] { storage.Ledger, storage.CentreRows, storage.ReferenceRows, storage.CurrentVersions, storage.Indicators, storage.YearChanges })
        {
            await table.DeleteAsync();
        }

        await _app.DisposeAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenField();
}
