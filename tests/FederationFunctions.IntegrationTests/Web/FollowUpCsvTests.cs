using System.Text;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Web.Queries;

namespace FederationFunctions.IntegrationTests.Web;

public sealed class FollowUpCsvTests
{
    private static string Csv(FollowUpEntry entry) =>
        Encoding.UTF8.GetString(FollowUpCsv.Write([entry], code => "http://127.0.0.1/depot/" + code + "/2025?cle=x")[3..]).Split("\r\n")[1];

    private static FollowUpEntry Entry(string name, string? phone = null, string? reason = null) =>
        new("59-LIL-001", name, "Lille", "Nord", CompletenessStatus.Rejetee, reason, null, "Camille", "c@example.org", phone);

    [Fact]
    public void FieldsWithSemicolonsQuotesOrLineBreaks_AreQuoted()
    {
        Assert.Equal(
            "59-LIL-001;\"Centre \"\"Les Épis\"\"; Lille\";Lille;Nord;Rejetée;\"ligne 1\nligne 2\";Camille;c@example.org;;http://127.0.0.1/depot/59-LIL-001/2025?cle=x",
            Csv(Entry("Centre \"Les Épis\"; Lille", reason: "ligne 1\nligne 2")));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "-2+3")]
    public void TextsExcelWouldRunAsFormulas_ArePrefixed(string name, string written)
    {
        Assert.Equal(written, Csv(Entry(name)).Split(';', 3)[1].Split(";Lille", 2)[0]);
    }

    [Fact]
    public void PhoneNumbers_AreKeptAsWritten()
    {
        Assert.EndsWith(";+33 3 20 00 00 00;http://127.0.0.1/depot/59-LIL-001/2025?cle=x", Csv(Entry("Centre", "+33 3 20 00 00 00")), StringComparison.Ordinal);
    }
}
