using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>The v1.1 optional contact columns of the reference's <c>Structures</c> sheet.</summary>
public class ReferenceContactColumnsTests
{
    private static ValidationResult<ReferenceWorkbook> Validate(Action<SheetBuilder> structures) =>
        new ReferenceWorkbookValidator().Validate(new ReferenceWorkbookFixture { Structures = structures }.Build(), 2023);

    private static void Header(SheetBuilder s, params string[] contactHeaders) =>
        s.Row(1, ["Code structure", "Nom", "Commune", "Département", "Code AT", "Type", "Gestion", "Adhérente", .. contactHeaders]);

    private static SheetBuilder Member(SheetBuilder s, int row, params object?[] contact) =>
        s.Row(row, ["59-LIL-001", "CS des Oliviers", "Lille", "59", "LIL", "CS", "Associatif", "Oui", .. contact]);

    [Fact]
    public void ReferenceWithoutContactColumns_IsAcceptedWithNullContacts()
    {
        var result = new ReferenceWorkbookValidator().Validate(new ReferenceWorkbookFixture().Build(), 2023);

        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        Assert.All(result.Workbook!.Structures, s => Assert.Equal((null, null, null), (s.ContactName, s.ContactEmail, s.ContactPhone)));
    }

    [Fact]
    public void ContactColumns_AreReadAndPhoneKeptAsWritten()
    {
        var result = Validate(s =>
        {
            Header(s, "Contact", "Courriel", "Téléphone");
            Member(s, 2, "Marie Durand", "direction@cs-oliviers.fr", "+33 3.20.12.34.56");
        });

        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        var structure = Assert.Single(result.Workbook!.Structures);
        Assert.Equal(("Marie Durand", "direction@cs-oliviers.fr", "+33 3.20.12.34.56"), (structure.ContactName, structure.ContactEmail, structure.ContactPhone));
    }

    [Theory]
    [InlineData("Directeur", "Email", "Tél")]
    [InlineData("Directrice", "E-mail", "Tel")]
    [InlineData("Direction", "Mail", "Portable")]
    [InlineData("Correspondant", "Adresse électronique", "Téléphone")]
    [InlineData("contact_name", "contact_email", "contact_phone")]
    public void AliasHeaders_AreRecognised(string name, string email, string phone)
    {
        var result = Validate(s =>
        {
            Header(s, name, email, phone);
            Member(s, 2, "Paul", "paul@exemple.org", "03 20 00 00 00");
        });

        Assert.Empty(result.Issues);
        var structure = Assert.Single(result.Workbook!.Structures);
        Assert.Equal(("Paul", "paul@exemple.org", "03 20 00 00 00"), (structure.ContactName, structure.ContactEmail, structure.ContactPhone));
    }

    [Fact]
    public void OneContactColumnAlone_IsAcceptedAndBlankCellsAreNull()
    {
        var result = Validate(s =>
        {
            Header(s, "Téléphone");
            Member(s, 2, (object?)null);
        });

        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        var structure = Assert.Single(result.Workbook!.Structures);
        Assert.Equal((null, null, null), (structure.ContactName, structure.ContactEmail, structure.ContactPhone));
    }

    [Theory]
    [InlineData("marie.durand")]
    [InlineData("marie@cs-oliviers")]
    [InlineData("marie durand@cs.fr")]
    [InlineData("@cs-oliviers.fr")]
    [InlineData("marie@@cs.fr")]
    [InlineData("marie@cs..fr")]
    [InlineData("marie@cs.fr.")]
    public void EmailNotOfTheFormLocalAtDomainTld_IsAWarningAndIsNotKept(string email)
    {
        var result = Validate(s =>
        {
            Header(s, "Contact", "Courriel");
            Member(s, 2, "Marie", email);
        });

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("CONTACT_EMAIL_INVALID", Severity.Warning, "Structures", 2, "J", "Courriel"), (issue.Code, issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header));
        var structure = Assert.Single(result.Workbook!.Structures);
        Assert.Equal("Marie", structure.ContactName);
        Assert.Null(structure.ContactEmail);
    }
}
