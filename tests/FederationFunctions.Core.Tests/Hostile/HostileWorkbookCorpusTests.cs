using FederationFunctions.Core.Tests.Workbooks;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

public class HostileWorkbookCorpusTests
{
    public static TheoryData<string> CorpusNames => HostileWorkbookCorpus.Names();

    [Fact]
    public void Corpus_HoldsAtLeastTwentyFiveFilesWithUniqueNames()
    {
        Assert.True(HostileWorkbookCorpus.All.Count >= 25, $"{HostileWorkbookCorpus.All.Count} files");
        Assert.Equal(HostileWorkbookCorpus.All.Count, HostileWorkbookCorpus.All.Select(f => f.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public async Task HostileFile_GivesItsExactOutcomeWithoutThrowing(string name)
    {
        var file = HostileWorkbookCorpus.Get(name);
        await using var stream = file.Open();

        var result = await new XlsxWorkbookReader().ReadAsync(stream, file.FileName, CancellationToken.None);

        if (file.ExpectedRefusal is { } reason)
        {
            Assert.False(result.Succeeded, $"{name} was read instead of refused");
            Assert.Equal(reason, result.Refusal.Reason);
            Assert.Contains(ExpectedMessagePart(reason), result.Refusal.Message, StringComparison.Ordinal);
            return;
        }

        Assert.True(result.Succeeded, result.Refusal?.Message);
        foreach (var expected in file.ExpectedCells)
        {
            Assert.Equal(expected.Value, result.Workbook.Cell(expected.Sheet, expected.Row, expected.Column));
        }
    }

    [Fact]
    public async Task SixThousandRows_RefusalNamesTheSheetAndTheLimit()
    {
        var file = HostileWorkbookCorpus.Get("six-thousand-rows");
        await using var stream = file.Open();

        var result = await new XlsxWorkbookReader().ReadAsync(stream, file.FileName, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Rencontres", result.Refusal.Sheet);
        Assert.Equal(
            "La feuille « Rencontres » contient plus de 5\u202F000 lignes de données, la limite autorisée. "
            + "Supprimez les lignes inutiles (lignes vides mises en forme, doublons) puis déposez de nouveau le fichier.",
            result.Refusal.Message);
    }

    [Fact]
    public async Task LegacyXls_MessageAsksToSaveAsXlsx()
    {
        var file = HostileWorkbookCorpus.Get("legacy-xls");
        await using var stream = file.Open();

        var result = await new XlsxWorkbookReader().ReadAsync(stream, file.FileName, CancellationToken.None);

        Assert.Equal(
            "Le fichier « remontee.xls » est au format Excel 97-2003 (.xls), qui n'est pas accepté. "
            + "Enregistrez le fichier au format .xlsx (Excel : Fichier > Enregistrer sous > Classeur Excel).",
            result.Refusal?.Message);
    }

    [Fact]
    public async Task EndlessStream_ReadingStopsJustPastTheSizeLimit()
    {
        var stream = new EndlessStream();

        var result = await new XlsxWorkbookReader().ReadAsync(stream, "remontee.xlsx", CancellationToken.None);

        Assert.Equal(FileRefusalReason.TooLarge, result.Refusal?.Reason);
        Assert.InRange(stream.BytesRead, (10L * 1024 * 1024) + 1, (11L * 1024 * 1024));
    }

    private static string ExpectedMessagePart(FileRefusalReason reason) => reason switch
    {
        FileRefusalReason.Empty => "est vide",
        FileRefusalReason.TooLarge => "dépasse la taille maximale de 10 Mo",
        FileRefusalReason.LegacyXls => "Enregistrez le fichier au format .xlsx (Excel : Fichier > Enregistrer sous > Classeur Excel)",
        FileRefusalReason.Encrypted => "protégé par un mot de passe",
        FileRefusalReason.OpenDocument => "format OpenDocument (.ods)",
        FileRefusalReason.Csv => "fichier texte (CSV)",
        FileRefusalReason.NotAWorkbook => "n'est pas un classeur Excel (.xlsx) lisible",
        FileRefusalReason.ExpandsTooMuch => "dépassent 100 Mo",
        FileRefusalReason.TooManyRows => "lignes de données",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
