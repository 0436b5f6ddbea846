using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Validation;

public partial class WorkbookCheckerTests
{
    [Fact]
    public async Task RefusedFile_GivesOneFileLevelError()
    {
        var refusal = new FileRefusal(FileRefusalReason.LegacyXls, "Ce fichier est au format .xls. Enregistrez-le au format .xlsx.");
        var checker = new WorkbookChecker(new StubReader(WorkbookReadResult.Refused(refusal)));

        var result = await checker.CheckCentreWorkbookAsync(Stream.Null, "remontee.xls", "59-LIL-001", CancellationToken.None);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(new ValidationIssue(Severity.Error, "FILE_LEGACY_XLS", refusal.Message), issue);
    }

    [Fact]
    public async Task TooManyRowsRefusal_NamesTheSheet()
    {
        var refusal = new FileRefusal(FileRefusalReason.TooManyRows, "La feuille Rencontres contient plus de 5 000 lignes.", "Rencontres");
        var checker = new WorkbookChecker(new StubReader(WorkbookReadResult.Refused(refusal)));

        var result = await checker.CheckReferenceWorkbookAsync(Stream.Null, "ref.xlsx", 2023, CancellationToken.None);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("FILE_TOO_MANY_ROWS", "Rencontres", Severity.Error), (issue.Code, issue.Sheet, issue.Severity));
    }

    [Fact]
    public void EveryRefusalReason_HasItsOwnCode()
    {
        var codes = Enum.GetValues<FileRefusalReason>().Select(WorkbookChecker.CodeOf).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("FILE_", c));
        Assert.DoesNotContain("FILE_REFUSED", codes);
    }

    [Fact]
    public async Task ReadWorkbook_IsValidatedAgainstTheFolderCode()
    {
        var checker = new WorkbookChecker(new StubReader(WorkbookReadResult.Success(new CentreWorkbookFixture().Build())));

        var accepted = await checker.CheckCentreWorkbookAsync(Stream.Null, "a.xlsx", "59-LIL-001", CancellationToken.None);
        var rejected = await checker.CheckCentreWorkbookAsync(Stream.Null, "a.xlsx", "62-ARR-002", CancellationToken.None);

        Assert.Equal(UploadOutcome.Acceptee, accepted.Outcome);
        Assert.Equal(UploadOutcome.Rejetee, rejected.Outcome);
    }

    [Fact]
    public async Task ReadReference_IsValidatedAgainstTheFolderYear()
    {
        var checker = new WorkbookChecker(new StubReader(WorkbookReadResult.Success(new ReferenceWorkbookFixture().Build())));

        Assert.Equal(UploadOutcome.Acceptee, (await checker.CheckReferenceWorkbookAsync(Stream.Null, "r.xlsx", 2023, CancellationToken.None)).Outcome);
        Assert.Equal(UploadOutcome.Rejetee, (await checker.CheckReferenceWorkbookAsync(Stream.Null, "r.xlsx", 2022, CancellationToken.None)).Outcome);
    }

    private sealed class StubReader(WorkbookReadResult result) : IWorkbookReader
    {
        public Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken) => Task.FromResult(result);
    }
}
