using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Web;

/// <summary>Every route's year and structure code are checked before anything else: 400 with a French RFC 9457 problem body.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouteInputTests(AzuriteFixture azurite)
{
    private static readonly string[] BadYears = ["-7", "0", "123456", "1999", "2101", "abc", "2025.0"];

    public static TheoryData<string> Routes()
    {
        var data = new TheoryData<string>();
        string[] routes =
        [
            "GET depot/59-LIL-001/{0}", "POST depot/59-LIL-001/{0}", "GET depot/59-LIL-001/{0}/modele", "GET depot/59-LIL-001/{0}/retours/x",
            "GET suivi/{0}", "GET suivi/{0}/relances.csv", "GET suivi/{0}/rapport", "POST suivi/{0}/consolidation", "POST suivi/{0}/referentiel",
            "GET api/reports/{0}", "GET api/status/{0}", "GET api/templates/{0}/59-LIL-001", "POST api/consolidations/{0}", "GET suivi?annee={0}",
        ];
        foreach (var route in routes)
        {
            data.Add(route);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task YearOutsideTheRangeOrNotANumber_IsBadRequestWithAFrenchProblem(string route)
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        foreach (var year in BadYears)
        {
            var (method, path) = (route.Split(' ')[0], "/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, route.Split(' ')[1], Uri.EscapeDataString(year)));

            using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

            await AssertProblemAsync(response, "annee", "de 2000 à 2100");
        }
    }

    [Theory]
    [InlineData("59-lil-001")]
    [InlineData("59-LIL-01")]
    [InlineData("5-LIL-001")]
    [InlineData("59_LIL_001")]
    [InlineData("59-LIL-0011")]
    [InlineData("%2059-LIL-001")]
    [InlineData("59-ÉLI-001")]
    public async Task StructureCodeNotExactlyCanonical_IsBadRequestWithAFrenchProblem(string code)
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        foreach (var (method, path) in new[]
        {
            ("GET", $"/depot/{code}/2025"), ("POST", $"/depot/{code}/2025"), ("GET", $"/depot/{code}/2025/modele"),
            ("GET", $"/depot/{code}/2025/retours/x"), ("GET", $"/api/templates/2025/{code}"),
        })
        {
            using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));
            await AssertProblemAsync(response, "structure", "59-LIL-001");
        }
    }

    [Fact]
    public async Task ConfiguredYearRange_IsTheOneChecked()
    {
        await using var host = await WebTestHost.StartAsync(azurite, services => services.Configure<FederationFunctions.Web.WebOptions>(o => (o.MinYear, o.MaxYear) = (2020, 2030)));

        using var tooEarly = await host.Client.GetAsync(new Uri("/api/status/2019", UriKind.Relative));
        using var inRange = await host.Client.GetAsync(new Uri("/api/status/2020", UriKind.Relative));

        await AssertProblemAsync(tooEarly, "annee", "de 2020 à 2030");
        Assert.Equal(HttpStatusCode.OK, inRange.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string parameter, string detailPart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Requête invalide", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(detailPart, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parametre").GetString());
    }
}
