using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>v1.1: the third severity, <c>Information</c>, never changes an outcome.</summary>
public class InformationSeverityTests
{
    private static readonly ValidationIssue Info = new(Severity.Information, "EVENT_UNLINKED", "Rencontres, ligne 5 : rencontre non rattachée.", "Rencontres", 5);

    [Fact]
    public void InformationAlone_IsAccepted()
    {
        Assert.Equal(UploadOutcome.Acceptee, UploadOutcomeExtensions.FromIssues([Info, Info]));
    }

    [Fact]
    public void InformationWithWarning_IsAcceptedWithWarnings()
    {
        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, UploadOutcomeExtensions.FromIssues([Info, new ValidationIssue(Severity.Warning, "W", "w")]));
    }

    [Fact]
    public void InformationWithError_IsRejected()
    {
        Assert.Equal(UploadOutcome.Rejetee, UploadOutcomeExtensions.FromIssues([Info, new ValidationIssue(Severity.Error, "E", "e")]));
    }

    [Fact]
    public void ValidationResult_CountsInformationApart()
    {
        var result = new ValidationResult<object>(null, [Info, new ValidationIssue(Severity.Warning, "W", "w")]);
        Assert.Equal((0, 1, 1), (result.ErrorCount, result.WarningCount, result.InformationCount));
        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
    }

    [Theory]
    [InlineData(Severity.Error, "Erreur", "ERREUR")]
    [InlineData(Severity.Warning, "Avertissement", "AVERTISSEMENT")]
    [InlineData(Severity.Information, "Information", "INFORMATION")]
    public void Severity_HasFrenchLabelAndCode(Severity severity, string label, string code)
    {
        Assert.Equal(label, severity.ToFrenchLabel());
        Assert.Equal(code, severity.ToCode());
    }
}
