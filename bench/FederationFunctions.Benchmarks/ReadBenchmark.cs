using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ClosedXML.Excel;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// <c>read</c>: times <see cref="XlsxWorkbookReader"/> on a typical workbook (4 sheets, ~60 rows) and a large one
/// (4 sheets of 5,000 data rows), and compares its throughput with a bare streaming pass over the same sheet parts.
/// </summary>
internal sealed class ReadBenchmark : IBenchmark
{
    private const int WarmUp = 15;
    private const int TypicalIterations = 200;
    private const int LargeIterations = 25;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var typical = BuildWorkbook(rowsPerSheet: 15);
        var large = BuildWorkbook(rowsPerSheet: 5_000);
        var reader = new XlsxWorkbookReader();
        var firstRead = Stopwatch.StartNew();
        await ReadAsync(reader, typical, cancellationToken);
        var firstReadMilliseconds = firstRead.Elapsed.TotalMilliseconds;

        var typicalRead = (await Measurement.MeasureInterleavedAsync([() => ReadAsync(reader, typical, cancellationToken)], WarmUp, TypicalIterations))[0];
        var largeTimings = await Measurement.MeasureInterleavedAsync(
            [() => ReadAsync(reader, large, cancellationToken), () => Task.FromResult(RawStreamingPass(large))], WarmUp, LargeIterations);
        var (largeRead, largeRaw) = (largeTimings[0], largeTimings[1]);
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        Write(output, "typical workbook: {0:N0} bytes, 4 sheets x 15 data rows", typical.Length);
        var rawCounts = RawStreamingPass(large);
        Write(output, "large workbook:   {0:N0} bytes, 4 sheets x 5,000 data rows", large.Length);
        Write(output, "typical read, first in the process (JIT compilation included): {0:F1} ms", firstReadMilliseconds);
        Write(output, "typical read, warm:  median {0:F2} ms, min {1:F2} ms, {2:N0} bytes allocated ({3} runs)", typicalRead.MedianMilliseconds, typicalRead.MinimumMilliseconds, typicalRead.AllocatedBytesPerRun, TypicalIterations);
        Write(output, "large read:          median {0:F1} ms, min {1:F1} ms, {2:N0} bytes allocated ({3} runs)", largeRead.MedianMilliseconds, largeRead.MinimumMilliseconds, largeRead.AllocatedBytesPerRun, LargeIterations);
        Write(output, "raw streaming pass:  median {0:F1} ms, min {1:F1} ms, {2:N0} bytes allocated", largeRaw.MedianMilliseconds, largeRaw.MinimumMilliseconds, largeRaw.AllocatedBytesPerRun);
        Write(output, "  = ZipArchive + XmlReader (the reader's settings, one name table) over the {0} parts the reader reads (workbook.xml,", rawCounts.Parts);
        Write(output, "    its rels, styles.xml, sharedStrings.xml, every worksheet): Read() over all {0:N0} nodes, Value of every text", rawCounts.Nodes);
        Write(output, "    node ({0:N0} characters of <v>/<t>/<f>); builds nothing", rawCounts.TextCharacters);
        Write(output, "reader throughput / raw pass: {0:F2} on medians, {1:F2} on minimums (target >= 0.6)", largeRaw.MedianMilliseconds / largeRead.MedianMilliseconds, largeRaw.MinimumMilliseconds / largeRead.MinimumMilliseconds);
        Write(output, "peak working set:    {0:F0} MB", process.PeakWorkingSet64 / (1024d * 1024d));
    }

    private static async Task ReadAsync(XlsxWorkbookReader reader, byte[] file, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(new MemoryStream(file, writable: false), "bench.xlsx", cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The benchmark workbook was refused: " + result.Refusal.Message);
        }
    }

    /// <summary>
    /// The floor, over the same file: open the zip and stream, through the reader's own <see cref="XmlReaderSettings"/>
    /// (<see cref="SecureXml"/>) and one name table, every part the reader needs — <c>xl/workbook.xml</c>, its
    /// relationships, <c>xl/styles.xml</c>, <c>xl/sharedStrings.xml</c> and every <c>xl/worksheets/*.xml</c> — calling
    /// <see cref="XmlReader.Read"/> until the end of each part and taking <see cref="XmlReader.Value"/> of every text node
    /// (the contents of <c>&lt;v&gt;</c>, <c>&lt;t&gt;</c>, <c>&lt;f&gt;</c>), as any reader must see the values' characters.
    /// It builds nothing: it returns the parts read, nodes visited and characters of text seen, so the work cannot be elided.
    /// </summary>
    internal static (int Parts, long Nodes, long TextCharacters) RawStreamingPass(byte[] file)
    {
        var parts = 0;
        long nodes = 0;
        long textCharacters = 0;
        var nameTable = new NameTable();
        using var archive = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            if (!IsPartTheReaderNeeds(entry.FullName))
            {
                continue;
            }

            parts++;
            using var xml = XmlReader.Create(entry.Open(), SecureXml.CreateSettings(nameTable));
            while (xml.Read())
            {
                nodes++;
                if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                {
                    textCharacters += xml.Value.Length;
                }
            }
        }

        return (parts, nodes, textCharacters);
    }

    private static bool IsPartTheReaderNeeds(string partName) => partName
        is "xl/workbook.xml" or "xl/_rels/workbook.xml.rels" or "xl/styles.xml" or "xl/sharedStrings.xml"
        || (partName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && partName.EndsWith(".xml", StringComparison.Ordinal)
            && !partName.Contains("/_rels/", StringComparison.Ordinal));

    private static byte[] BuildWorkbook(int rowsPerSheet)
    {
        using var workbook = new XLWorkbook();
        var structure = workbook.Worksheets.Add("Structure");
        string[] labels = ["Code structure", "Année", "Nom de la structure", "Salariés (personnes)", "Salariés (ETP)", "Bénévoles d'activité", "Administrateurs bénévoles", "Familles adhérentes"];
        for (var i = 0; i < labels.Length; i++)
        {
            structure.Cell(i + 1, 1).Value = labels[i];
        }

        structure.Cell(1, 2).Value = "59-LIL-001";
        structure.Cell(2, 2).Value = 2023;
        structure.Cell(3, 2).Value = "Centre social Les Tilleuls";
        structure.Cell(4, 2).Value = 12;
        structure.Cell(5, 2).Value = 10.05;

        var rencontres = workbook.Worksheets.Add("Rencontres");
        WriteHeaders(rencontres, "Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente");
        var formations = workbook.Worksheets.Add("Formations");
        WriteHeaders(formations, "Code action", "Intitulé", "Date", "Salariés formés", "Bénévoles formés");
        var dispositifs = workbook.Worksheets.Add("Dispositifs");
        WriteHeaders(dispositifs, "Dispositif", "Intitulé du projet", "Statut", "Montant accordé (€)", "Financeur", "Habitants participants", "Actions réalisées");
        var start = new DateTime(2023, 1, 2, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < rowsPerSheet; i++)
        {
            var row = i + 2;
            var code = (i % 40).ToString("00", CultureInfo.InvariantCulture);
            rencontres.Cell(row, 1).Value = "AT-LIL-" + code;
            rencontres.Cell(row, 2).Value = start.AddDays(i % 360);
            rencontres.Cell(row, 3).Value = i % 2 == 0 ? "Assemblée territoriale" : "Réunion des directions";
            rencontres.Cell(row, 4).Value = i % 5;
            rencontres.Cell(row, 5).Value = (i % 3) + 1;
            rencontres.Cell(row, 6).Value = i % 2 == 0 ? "Oui" : "Non";
            formations.Cell(row, 1).Value = "F-ACC-" + code;
            formations.Cell(row, 2).Value = "Accueil des bénévoles, session " + code;
            formations.Cell(row, 3).Value = start.AddDays(i % 300);
            formations.Cell(row, 4).Value = i % 4;
            formations.Cell(row, 5).Value = (i % 6) + 1;
            dispositifs.Cell(row, 1).Value = i % 2 == 0 ? "Centres Sociaux Connectés" : "Santé – nutrition";
            dispositifs.Cell(row, 2).Value = "Projet " + i.ToString(CultureInfo.InvariantCulture);
            dispositifs.Cell(row, 3).Value = "En cours";
            dispositifs.Cell(row, 4).Value = 1200.5 + i;
            dispositifs.Cell(row, 5).Value = "CAF";
            dispositifs.Cell(row, 6).Value = i % 50;
            dispositifs.Cell(row, 7).Value = i % 12;
        }

        for (var row = labels.Length + 2; row <= rowsPerSheet + 1; row++)
        {
            structure.Cell(row, 1).Value = "Note " + row.ToString(CultureInfo.InvariantCulture);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteHeaders(IXLWorksheet sheet, params string[] headers)
    {
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = headers[i];
        }
    }

    private static void Write(TextWriter output, string format, params object[] values) =>
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, format, values));
}
