using System.Net;
using System.Text.Json;
using FederationFunctions.Core.Templates;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Web;

/// <summary>
/// The template routes when no template can be written: the JSON API says why with the same words as the command line
/// (<see cref="CentreTemplateMessages"/>); a centre's link says nothing more than « Page introuvable ».
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TemplateRouteTests(AzuriteFixture azurite)
{
    private const string Member = "59-LIL-001";

    /// <summary>Only the 2025 reference: no centre workbook is needed here.</summary>
    private static async Task SeedReferenceAsync(WebTestHost host)
    {
        var reference = WebTestHost.Sample.Files.Single(f => f.Container == "reference");
        await host.StoreAndIngestAsync(reference.Container, reference.BlobName, reference.Content);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task ApiTemplate_YearAfterTheOnlyReference_SaysTheReferenceIsOfThatYear()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await SeedReferenceAsync(host);

        using var response = await host.Client.GetAsync(new Uri($"/api/templates/2026/{Member}", UriKind.Relative));

        var detail = await DetailAsync(response);
        Assert.Equal(CentreTemplateMessages.ReferenceOfAnotherYear(2026, 2025), detail);
        Assert.Contains("le référentiel est celui de 2025", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiTemplate_YearWithoutAnyReference_SaysNoReferenceIsAccepted()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await SeedReferenceAsync(host);

        using var response = await host.Client.GetAsync(new Uri($"/api/templates/2030/{Member}", UriKind.Relative));

        Assert.Equal(CentreTemplateMessages.NoReference(2030), await DetailAsync(response));
    }

    [Fact]
    public async Task ApiTemplate_StructureAbsentFromTheReference_SaysSo()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await SeedReferenceAsync(host);

        using var response = await host.Client.GetAsync(new Uri("/api/templates/2025/59-ZZZ-999", UriKind.Relative));

        Assert.Equal(CentreTemplateMessages.UnknownStructure("59-ZZZ-999", 2025), await DetailAsync(response));
    }

    [Fact]
    public async Task CentreTemplateLink_YearAfterTheOnlyReference_IsThePlainNotFoundPage()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await SeedReferenceAsync(host);
        var page = host.CentrePath(Member, 2026);

        using var response = await host.Client.GetAsync(new Uri(page.Replace("/2026?", "/2026/modele?", StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("référentiel", html, StringComparison.Ordinal);
    }
}
