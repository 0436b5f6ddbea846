using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

public class TrainingLinkerTests
{
    private static readonly TrainingLinker Linker = new([Action("FOR-2023-01", Audience.Salaries), Action("FOR-2023-02", Audience.Mixte)]);

    [Theory]
    [InlineData("FOR-2023-01", "FOR-2023-01")]
    [InlineData("for-2023-01", "FOR-2023-01")]
    [InlineData(" For-2023-02  ", "FOR-2023-02")]
    public void KnownCode_LinksIgnoringCaseAndSpaces(string written, string expected)
    {
        Assert.Equal(expected, Linker.Find(Training(5, written, 1, 0))?.ActionCode);
    }

    [Theory]
    [InlineData("FOR-2023-03")]
    [InlineData("FOR 2023 01")]
    public void UnknownCode_LinksToNothing(string written)
    {
        Assert.Null(Linker.Find(Training(5, written, 1, 0)));
    }
}
