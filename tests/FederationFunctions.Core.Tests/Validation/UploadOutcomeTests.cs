using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

public class UploadOutcomeTests
{
    [Fact]
    public void ErrorAmongWarnings_IsRejected()
    {
        var issues = new[]
        {
            new ValidationIssue(Severity.Warning, "W", "w"),
            new ValidationIssue(Severity.Error, "E", "e"),
        };
        Assert.Equal(UploadOutcome.Rejetee, UploadOutcomeExtensions.FromIssues(issues));
        Assert.Equal("Acceptée avec avertissements", UploadOutcomeExtensions.FromIssues(issues[..1]).ToFrenchLabel());
    }
}
