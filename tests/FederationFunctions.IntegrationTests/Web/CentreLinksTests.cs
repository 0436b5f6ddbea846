using System.Security.Cryptography;
using System.Text;
using FederationFunctions.Web;
using FederationFunctions.Web.Links;
using Microsoft.Extensions.Options;

namespace FederationFunctions.IntegrationTests.Web;

public sealed class CentreLinksTests
{
    private const string Secret = "a-secret-of-at-least-thirty-two-characters";

    private static CentreLinks Links(string secret = Secret) => new(Options.Create(new WebOptions { LinkSecret = secret }));

    [Fact]
    public void Token_IsTheBase64UrlHmacOfCodeAndYear()
    {
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("59-LIL-001:2025")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(expected, Links().TokenFor("59-LIL-001", 2025));
        Assert.Equal("depot/59-LIL-001/2025?cle=" + expected, Links().PathFor("59-LIL-001", 2025));
    }

    [Fact]
    public void Token_OpensOnlyItsStructureAndYear_AndANewSecretRevokesIt()
    {
        var token = Links().TokenFor("59-LIL-001", 2025);

        Assert.True(Links().IsValid("59-LIL-001", 2025, token));
        Assert.False(Links().IsValid("59-LIL-002", 2025, token));
        Assert.False(Links().IsValid("59-LIL-001", 2024, token));
        Assert.False(Links("another-secret-of-at-least-thirty-two-chars").IsValid("59-LIL-001", 2025, token));
        Assert.False(Links().IsValid("59-LIL-001", 2025, token[..^1]));
        Assert.False(Links().IsValid("59-LIL-001", 2025, token + "A"));
        Assert.False(Links().IsValid("59-LIL-001", 2025, null));
        Assert.False(Links().IsValid("59-LIL-001", 2025, new string('A', 5000)));
    }
}
