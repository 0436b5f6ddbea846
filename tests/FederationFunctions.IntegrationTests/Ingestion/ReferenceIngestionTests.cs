using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

[Collection(AzuriteCollection.Name)]
public sealed class ReferenceIngestionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T1 = new(2024, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AcceptedReference_CurrentForItsYearAndReadBackInOrder()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var reference = TestWorkbooks.Reference(2023, structures: 130);
        var upload = await h.UploadReferenceAsync("2023/referentiel.xlsx", h.Checker.Register(TestWorkbooks.Accepted(reference)), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Acceptee, result.Entry.Outcome);
        Assert.Equal(2023, result.Entry.Year);
        Assert.Null(result.Entry.StructureCode);
        Assert.Equal("2023", Assert.Single(h.Checker.Calls).Expected);
        Assert.Equal("reference/2023/20240110T080000Z-referentiel.xlsx.retour.json", result.Entry.FeedbackJsonPath);
        var loaded = (await h.Input.LoadAsync(2023, None)).Reference!;
        Assert.Equal(reference.Year, loaded.Year);
        Assert.Equal(reference.FosforaEnvelopeEur, loaded.FosforaEnvelopeEur);
        Assert.Equal(reference.Territories, loaded.Territories);
        Assert.Equal(reference.Structures, loaded.Structures);
        Assert.Equal(reference.Calendar, loaded.Calendar);
        Assert.Equal(reference.Catalogue, loaded.Catalogue);
        Assert.Equal([2023], (await h.Years.ListChangedAsync(None)).Select(c => c.Year));
    }

    [Fact]
    public async Task RejectedReference_PreviousReferenceStays()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var v1 = await h.UploadReferenceAsync("2023/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023, structures: 3))), T1);
        var v2 = await h.UploadReferenceAsync("2023/v2.xlsx", h.Checker.Register(TestWorkbooks.RejectedReference()), T1.AddDays(1));

        await h.Ingestion.IngestAsync(v1, None);
        var rejected = await h.Ingestion.IngestAsync(v2, None);

        Assert.Equal(UploadOutcome.Rejetee, rejected.Entry.Outcome);
        Assert.Equal(2023, rejected.Entry.Year);
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(v1));
        Assert.Equal(3, (await h.Input.LoadAsync(2023, None)).Reference!.Structures.Count);
    }

    [Fact]
    public async Task LaterReference_ReplacesPrevious()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var v1 = await h.UploadReferenceAsync("2023/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023, structures: 3))), T1);
        var v2 = await h.UploadReferenceAsync("2023/v2.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023, structures: 5))), T1.AddDays(1));

        await h.Ingestion.IngestAsync(v1, None);
        await h.Ingestion.IngestAsync(v2, None);

        Assert.Equal(UploadOutcome.Remplacee, await h.LedgerOutcomeAsync(v1));
        Assert.Equal(5, (await h.Input.LoadAsync(2023, None)).Reference!.Structures.Count);
    }

    [Fact]
    public async Task IngestReferenceWorkbookFunction_IngestsTheTriggeringBlob()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var blob = h.Storage.Reference.GetBlobClient("2023/ref.xlsx");
        await blob.UploadAsync(new BinaryData(h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023)))));

        await new Functions.IngestReferenceWorkbook(h.Get<Core.Ingestion.IsolatedIngestion>()).RunAsync(blob, None);

        Assert.NotNull((await h.Input.LoadAsync(2023, None)).Reference);
    }

    [Theory]
    [InlineData("referentiel.xlsx")]
    [InlineData("annee-2023/referentiel.xlsx")]
    public async Task ReferenceOutsideAYearFolder_RejectedWithoutCheck(string blobName)
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadReferenceAsync(blobName, h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023))), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.NotNull(result.Entry.Reason);
        Assert.Empty(h.Checker.Calls);
        Assert.Null((await h.Input.LoadAsync(2023, None)).Reference);
    }
}
