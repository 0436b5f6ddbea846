using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Templates;
using FederationFunctions.Core.Tests.Reports;
using FederationFunctions.Core.Validation.Vocabularies;

namespace FederationFunctions.Core.Tests.Templates;

/// <summary>
/// The template prints on A4: every visible sheet one page wide, the header row on every page of a table, no text off the
/// page, no word drawn over another (a row too short for its wrapped text draws its last lines over the next row). Checked
/// on the PDF LibreOffice makes of the template as a centre receives it. LibreOffice is required
/// (<c>scripts/install-libreoffice.sh</c>). Set <c>TEMPLATE_PRINT_DIR</c> to keep the workbook and its PDF for a look.
/// </summary>
public sealed partial class CentreTemplatePrintTests : IDisposable
{
    private static ReferenceWorkbook Reference => TemplateFixtures.Reference;

    private static MemberStructure Member => TemplateFixtures.Member;
    private static readonly string[] TableSheets = ["Rencontres", "Formations", "Dispositifs", "Calendrier"];

    private readonly string _directory;
    private readonly bool _keep;

    public CentreTemplatePrintTests()
    {
        var kept = Environment.GetEnvironmentVariable("TEMPLATE_PRINT_DIR");
        _keep = !string.IsNullOrEmpty(kept);
        _directory = _keep ? kept! : Path.Combine(Path.GetTempPath(), "template-print-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    public void Dispose()
    {
        if (!_keep)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void EveryVisibleSheet_IsSetUpForA4OnePageWide()
    {
        using var book = TemplateFixtures.Template();

        foreach (var sheet in book.Worksheets.Where(s => s.Visibility == XLWorksheetVisibility.Visible))
        {
            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
        }

        foreach (var name in TableSheets)
        {
            Assert.Equal(1, book.Worksheet(name).PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(1, book.Worksheet(name).PageSetup.LastRowToRepeatAtTop);
        }
    }

    [Fact]
    public async Task PrintedTemplate_EveryPageA4WithNothingCutNorOverlapping()
    {
        var pdf = await PrintAsync();
        var pages = await PdfPages.CountAsync(pdf);
        var sheets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var page = 1; page <= pages; page++)
        {
            var words = await PdfPages.WordsAsync(pdf, page);
            Assert.True(IsA4(words), $"page {page} is {words.Width} × {words.Height} pt, not A4");
            var outside = words.Words.Where(w => w.XMin < 0 || w.YMin < 0 || w.XMax > words.Width || w.YMax > words.Height).Select(w => w.Text).ToList();
            Assert.True(outside.Count == 0, $"page {page}: words off the page: {string.Join(" ", outside)}");
            var overlapping = words.Words.SelectMany((w, i) => words.Words.Skip(i + 1).Where(w.Overlaps).Select(o => $"« {w.Text} » / « {o.Text} »")).ToList();
            Assert.True(overlapping.Count == 0, $"page {page}: words drawn over each other: {string.Join(", ", overlapping.Take(10))}");

            var sheet = SheetOf(await PdfPages.TextAsync(pdf, page));
            sheets.TryAdd(sheet, []);
            sheets[sheet].Add(page);
        }

        Assert.Equal(["Lisez-moi", "Structure", "Rencontres", "Formations", "Dispositifs", "Calendrier"], sheets.Keys.ToArray());
        Assert.Single(sheets["Lisez-moi"]);
        Assert.Single(sheets["Structure"]);
        Assert.Single(sheets["Rencontres"]);
        Assert.True(sheets["Calendrier"].Count >= 2, "the calendar should take more than one page");
    }

    [Fact]
    public async Task PrintedReadMe_HoldsEveryLineWhole()
    {
        var pdf = await PrintAsync();
        using var book = TemplateFixtures.Template();
        // A line may break after a hyphen (« demandez- / le »): joined again before comparing.
        var text = Collapse(LineBreakAfterHyphen().Replace(await PdfPages.TextAsync(pdf, 1), "-"));

        Assert.Equal("Lisez-moi", SheetOf(await PdfPages.TextAsync(pdf, 1)));
        foreach (var line in book.Worksheet("Lisez-moi").CellsUsed().Select(c => c.GetString()).Where(l => l.Length > 0))
        {
            Assert.Contains(Collapse(line), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PrintedTables_RepeatTheirHeadersAndKeepEveryColumnOnEachPage()
    {
        var pdf = await PrintAsync();
        using var book = TemplateFixtures.Template();
        var pages = await PdfPages.CountAsync(pdf);
        var calendarLines = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var text = await PdfPages.TextAsync(pdf, page);
            var sheet = SheetOf(text);
            if (!TableSheets.Contains(sheet))
            {
                continue;
            }

            foreach (var header in book.Worksheet(sheet).Row(1).CellsUsed().Select(c => c.GetString()))
            {
                foreach (var word in header.Split(' '))
                {
                    Assert.True(text.Contains(word, StringComparison.Ordinal), $"page {page} ({sheet}): the header « {header} » is missing");
                }
            }

            if (sheet == "Calendrier")
            {
                calendarLines.AddRange(text.Split('\n'));
            }
        }

        var territories = Reference.Territories.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        foreach (var calendarEvent in Reference.Calendar)
        {
            var line = Assert.Single(calendarLines, l => l.TrimStart().StartsWith(calendarEvent.EventCode + " ", StringComparison.Ordinal));
            Assert.Contains(calendarEvent.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
            Assert.Contains(EventTypes.Vocabulary.LabelOf(calendarEvent.Type), line, StringComparison.Ordinal);
            Assert.Contains(calendarEvent.Title!, line, StringComparison.Ordinal);
            Assert.Contains(calendarEvent.TerritoryCode is { } code ? territories[code] : "Toute la fédération", line, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A filled sheet prints as a centre would print it: 70 meetings over two A4 pages, each with the header row, every
    /// column, nothing off the page nor drawn over. (Filled through ClosedXML, then saved with the writer's own saving step,
    /// as Excel keeps what the template says about printing.)
    /// </summary>
    [Fact]
    public async Task PrintedFilledMeetings_TwoPagesEachWithTheHeaderAndEveryColumn()
    {
        const int meetingsCount = 70;
        using var book = TemplateFixtures.Template();
        var meetings = book.Worksheet("Rencontres");
        var filled = new List<(string Code, string Date)>();
        for (var i = 0; i < meetingsCount; i++)
        {
            var calendarEvent = Reference.Calendar[i % Reference.Calendar.Count];
            meetings.Cell(i + 2, 1).SetValue(calendarEvent.EventCode);
            meetings.Cell(i + 2, 2).SetValue(calendarEvent.Date.ToDateTime(TimeOnly.MinValue));
            meetings.Cell(i + 2, 3).SetValue(EventTypes.Vocabulary.LabelOf(calendarEvent.Type));
            meetings.Cell(i + 2, 4).SetValue(i % 4);
            meetings.Cell(i + 2, 5).SetValue(1 + (i % 3));
            meetings.Cell(i + 2, 6).SetValue(i % 2 == 0 ? "Oui" : "Non");
            filled.Add((calendarEvent.EventCode, calendarEvent.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }

        var file = Path.Combine(_directory, "rencontres-remplies.xlsx");
        await using (var stream = File.Create(file))
        {
            FederationFunctions.Core.Reports.Excel.WorkbookSaving.Save(book, stream, (TemplatePrint.FontName, TemplatePrint.FontSize));
        }

        var pdf = await LibreOfficePdf.ConvertAsync(file, _directory);
        var lines = new List<string>();
        var meetingPages = 0;
        for (var page = 1; page <= await PdfPages.CountAsync(pdf); page++)
        {
            var text = await PdfPages.TextAsync(pdf, page);
            if (SheetOf(text) != "Rencontres")
            {
                continue;
            }

            meetingPages++;
            var words = await PdfPages.WordsAsync(pdf, page);
            Assert.True(IsA4(words), $"page {page} is not A4");
            Assert.DoesNotContain(words.Words, w => w.XMax > words.Width || w.YMax > words.Height);
            Assert.DoesNotContain(words.Words.SelectMany((w, i) => words.Words.Skip(i + 1).Where(w.Overlaps)), _ => true);
            foreach (var word in new[] { "Code", "événement", "Date", "Type", "rencontre", "Salariés", "Bénévoles", "présents", "Direction", "présente" })
            {
                Assert.True(text.Contains(word, StringComparison.Ordinal), $"page {page}: header word « {word} » missing");
            }

            lines.AddRange(text.Split('\n'));
        }

        Assert.Equal(2, meetingPages);
        foreach (var (code, date) in filled.Distinct())
        {
            Assert.Contains(lines, l => l.TrimStart().StartsWith(code + " ", StringComparison.Ordinal) && l.Contains(date, StringComparison.Ordinal) && (l.Contains("Oui", StringComparison.Ordinal) || l.Contains("Non", StringComparison.Ordinal)));
        }
    }

    private static bool IsA4(PdfPageWords page)
    {
        var (shorter, longer) = page.Width < page.Height ? (page.Width, page.Height) : (page.Height, page.Width);
        return Math.Abs(shorter - 595.3) < 1 && Math.Abs(longer - 841.9) < 1;
    }

    /// <summary>The sheet a page belongs to: the end of its page header « Remontée annuelle d'activité 2025 — 59-LIL-001 — Calendrier ».</summary>
    private static string SheetOf(string pageText) =>
        pageText.Split('\n').First(l => l.Contains("Remontée annuelle d'activité", StringComparison.Ordinal)).Split(" — ")[^1].Trim();

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// The template as a centre receives it, printed. (Filled through ClosedXML and saved again, it would lose what the writer
    /// repairs for LibreOffice, so the rows of a filled sheet are not part of this check; the Calendrier sheet's three pages are.)
    /// </summary>
    private async Task<string> PrintAsync()
    {
        var file = Path.Combine(_directory, CentreTemplateWriter.FileName(2025, Member.Code));
        await using (var stream = File.Create(file))
        {
            new CentreTemplateWriter().Write(Reference, Member, stream);
        }

        return await LibreOfficePdf.ConvertAsync(file, _directory);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"-[ \t]*\n\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LineBreakAfterHyphen();
}
