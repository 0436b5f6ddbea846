using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Templates;

namespace FederationFunctions.Core.Tests.Templates;

/// <summary>The « Lisez-moi » sheet points at the format documents of the repository.</summary>
public class CentreTemplateReadMeTests
{
    private static ReferenceWorkbook Reference => TemplateFixtures.Reference;

    private static MemberStructure Member => TemplateFixtures.Member;

    [Fact]
    public void WithoutDocumentationUrl_NamesBothFormatDocumentsWithoutALink()
    {
        using var book = TemplateFixtures.Template(new CentreTemplateOptions());
        var cells = book.Worksheet("Lisez-moi").CellsUsed().ToList();
        var text = string.Join("\n", cells.Select(c => c.GetString()));

        Assert.Contains("docs/classeur-centre.md", text, StringComparison.Ordinal);
        Assert.Contains("docs/classeur-referentiel.md", text, StringComparison.Ordinal);
        Assert.Contains("Calendrier", text, StringComparison.Ordinal);
        Assert.DoesNotContain(cells, c => c.HasHyperlink);
    }

    [Fact]
    public void WithDocumentationUrl_LinksBothFormatDocumentsUnderIt()
    {
        using var book = TemplateFixtures.Template(new CentreTemplateOptions { DocumentationUrl = new Uri("https://example.org/federation/blob/main/docs") });
        var links = book.Worksheet("Lisez-moi").CellsUsed().Where(c => c.HasHyperlink).Select(c => c.Hyperlink.ExternalAddress.AbsoluteUri).ToList();

        Assert.Equal(
            ["https://example.org/federation/blob/main/docs/classeur-centre.md", "https://example.org/federation/blob/main/docs/classeur-referentiel.md"],
            links);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://example.org/docs/", true)]
    [InlineData("http://intranet.federation.local/docs/", true)]
    [InlineData("ftp://example.org/docs/", false)]
    [InlineData("docs/", false)]
    public void DocumentationUrl_OnlyAbsoluteHttpAddressesAreUsable(string? url, bool usable)
    {
        var options = new CentreTemplateOptions { DocumentationUrl = url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute) };

        Assert.Equal(usable, options.HasUsableDocumentationUrl);
    }
}
