using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

public class HeaderNormalizerTests
{
    [Theory]
    [InlineData("Montant accordé (€)", "montantaccorde")]
    [InlineData("MONTANT ACCORDE", "montantaccorde")]
    [InlineData("montant_accorde", "montantaccorde")]
    [InlineData("Montant accordé EUR", "montantaccorde")]
    [InlineData("Montant accordé euros", "montantaccorde")]
    [InlineData("amount_eur", "amount")]
    [InlineData("Salariés (ETP)", "salariesetp")]
    [InlineData("Bénévoles d'activité", "benevolesdactivite")]
    [InlineData("Actions nb", "actions")]
    [InlineData("ﬁnancement", "financement")]
    [InlineData("  Code   événement ", "codeevenement")]
    [InlineData("", "")]
    public void Header_IsNormalisedAsTheSpecSays(string header, string expected) =>
        Cultures.ForEach(() => Assert.Equal(expected, HeaderNormalizer.Normalize(header)));

    [Fact]
    public void SpecExamples_AllNormaliseToTheAmountColumn()
    {
        foreach (var header in new[] { "Montant accordé (€)", "MONTANT ACCORDE", "montant_accorde", "amount_eur" })
        {
            Assert.Same(DispositifsSheet.AmountEur, DispositifsSheet.Definition.FindColumn(header));
        }
    }

    [Theory]
    [InlineData("Rencontres")]
    [InlineData("RENCONTRES")]
    [InlineData("rencontres ")]
    [InlineData("Rencontres_")]
    [InlineData("Ren-contres")]
    [InlineData("Vie fédérale")]
    [InlineData("VIE_FEDERALE")]
    [InlineData("Participations")]
    public void SheetNames_MatchRencontres(string name) =>
        Cultures.ForEach(() => Assert.True(RencontresSheet.Definition.Matches(name), name));

    [Theory]
    [InlineData("Rencontre 2022")]
    [InlineData("Lisez-moi")]
    [InlineData("")]
    public void OtherSheetNames_DoNotMatchRencontres(string name) =>
        Assert.False(RencontresSheet.Definition.Matches(name));

    [Fact]
    public void IdentitySheetName_WithTurkishCurrentCulture_MatchesStructure() =>
        Cultures.ForEach(() => Assert.True(StructureSheet.Definition.Matches("IDENTITÉ")));
}
