using System.Text.Encodings.Web;
using System.Text.Json;
using ClosedXML.Excel;
using FederationFunctions.Core.Reports.Excel;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Reports;

/// <summary>
/// The feedback report of an upload, in French for a centre director: a <c>Résumé</c> sheet (what happened,
/// what it means, what to do) and a <c>Problèmes</c> sheet (every problem, located); and its JSON twin.
/// </summary>
public sealed class FeedbackReportWriter : IFeedbackReportWriter
{
    public const string SummarySheetName = "Résumé";
    public const string ProblemsSheetName = "Problèmes";

    /// <summary>Headers of the <c>Problèmes</c> table, in order.</summary>
    public static readonly IReadOnlyList<string> ProblemHeaders =
        ["Gravité", "Feuille", "Ligne", "Colonne", "En-tête", "Valeur lue", "Message"];

    /// <summary>The most problems a report lists (errors first); every problem is still counted, per code.</summary>
    public const int MaxListedIssues = 1_000;

    /// <summary>The longest file name written in titles and page headers (Excel's header and footer hold 255 characters).</summary>
    public const int MaxNameInTitles = 100;

    private const int ProblemsShownInSummary = 10;
    private const double LabelColumnWidth = 26;
    private const double ValueColumnWidth = 100;
    private const double MessageColumnWidth = 80;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The serializer options of the JSON twin (for readers of it).</summary>
    public static JsonSerializerOptions JsonSerializerOptions => JsonOptions;

    public void WriteWorkbook(FeedbackReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var issues = Listed(report);
        using var workbook = new XLWorkbook();
        WriteSummary(workbook, report, issues);
        WriteProblems(workbook, report, issues);
        WorkbookSaving.Save(workbook, output);
    }

    public void WriteJson(FeedbackReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, ToJson(report), JsonOptions);
    }

    public Task WriteJsonAsync(FeedbackReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        return JsonSerializer.SerializeAsync(output, ToJson(report), JsonOptions, cancellationToken);
    }

    /// <summary>
    /// The problems a report lists, in report order: all of them up to <see cref="MaxListedIssues"/>, else that many with errors
    /// first; each text within <see cref="IssueLimits"/>.
    /// </summary>
    public static IReadOnlyList<ValidationIssue> Listed(FeedbackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var chosen = report.Issues.Count <= MaxListedIssues
            ? report.Issues
            : report.Issues.OrderBy(i => FeedbackReport.SeverityRank(i.Severity)).Take(MaxListedIssues).ToList();
        return FeedbackIssueOrder.Sort(chosen.Select(IssueLimits.Bound).ToList());
    }

    /// <summary>The JSON document of a report (issues sorted like the workbook).</summary>
    public static FeedbackJson ToJson(FeedbackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var explanation = OutcomeExplanation.For(report.Outcome, report.InformationCount);
        var listed = Listed(report);
        return new FeedbackJson(
            FormatVersion: 1,
            Container: report.Container,
            BlobName: report.BlobName,
            FileName: report.FileName,
            StructureCode: report.StructureCode,
            Year: report.Year,
            UploadedAt: report.UploadedAt.ToUniversalTime(),
            ProcessedAt: report.ProcessedAt.ToUniversalTime(),
            Outcome: report.Outcome.ToFrenchLabel(),
            OutcomeCode: explanation.Code,
            Meaning: explanation.Meaning,
            NextStep: explanation.NextStep,
            ContentHash: report.ContentHash,
            ErrorCount: report.ErrorCount,
            WarningCount: report.WarningCount,
            InformationCount: report.InformationCount,
            Summary: report.Summary.Select(s => new FeedbackJsonCount(s.Key, s.Value)).ToList(),
            Issues: listed.Select(i => new FeedbackJsonIssue(
                Severity: i.Severity.ToFrenchLabel(),
                SeverityCode: i.Severity.ToCode(),
                Code: i.Code,
                Sheet: i.Sheet,
                Row: i.Row,
                Column: i.Column,
                Header: i.Header,
                Value: i.Value,
                Message: i.Message)).ToList(),
            IssueCounts: report.IssueCounts.Select(c => new FeedbackJsonIssueCount(c.Code, c.Severity.ToCode(), c.Count)).ToList(),
            IssuesNotListed: report.Issues.Count - listed.Count,
            CurrentVersion: report.CurrentVersion is { } current
                ? new FeedbackJsonCurrentVersion(current.FileName, current.UploadedAt.ToUniversalTime(), current.IsThisUpload, current.SameContent, current.Describe())
                : null);
    }

    private static string ShortName(FeedbackReport report) => IssueLimits.Cut(report.FileName, MaxNameInTitles)!;

    private static void WriteSummary(XLWorkbook workbook, FeedbackReport report, IReadOnlyList<ValidationIssue> issues)
    {
        var sheet = workbook.AddWorksheet(SummarySheetName);
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var explanation = OutcomeExplanation.For(report.Outcome, report.InformationCount);
        var title = sheet.Cell(1, 1);
        title.SetText(report.StructureCode is null && report.Container == "reference"
            ? "Retour sur le dépôt du référentiel fédéral"
            : "Retour sur le dépôt de votre fichier");
        ReportStyles.Title(title);
        var subtitle = sheet.Cell(2, 1);
        subtitle.SetText("Rapport établi le " + ReportTime.Describe(report.ProcessedAt));
        ReportStyles.Subtitle(subtitle);

        var row = 4;
        void Field(string label, string? text, bool strong = false)
        {
            var labelCell = sheet.Cell(row, 1);
            labelCell.SetText(label);
            labelCell.Style.Font.Bold = true;
            var valueCell = sheet.Cell(row, 2);
            valueCell.SetText(text);
            valueCell.Style.Alignment.WrapText = true;
            valueCell.Style.Font.Bold = strong;
            var lines = TextWrap.Lines(text ?? string.Empty, ValueColumnWidth, strong);
            if (lines > 1)
            {
                sheet.Row(row).Height = TextWrap.Height(lines);
            }

            row++;
        }

        void Number(string label, int value)
        {
            var labelCell = sheet.Cell(row, 1);
            labelCell.SetText(label);
            labelCell.Style.Font.Bold = true;
            sheet.Cell(row, 2).Write(ReportCell.Count(value));
            sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            row++;
        }

        Field("Fichier", report.FileName);
        Field("Structure", report.StructureCode ?? (report.Container == "reference" ? "Référentiel fédéral" : "Non identifiée"));
        Field("Année", report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Non lue");
        Field("Déposé le", ReportTime.Describe(report.UploadedAt));
        Field("Traité le", ReportTime.Describe(report.ProcessedAt));
        row++;
        var outcomeRow = row;
        Field("Résultat", report.Outcome.ToFrenchLabel(), strong: true);
        sheet.Cell(outcomeRow, 2).Style.Fill.BackgroundColor = OutcomeColour(report.Outcome);
        sheet.Cell(outcomeRow, 2).Style.Font.FontSize = 13;
        Field("Ce que cela signifie", explanation.Meaning);
        if (report.CurrentVersion is { } current)
        {
            Field("Version prise en compte", current.Describe());
        }

        Field("Que faire maintenant", explanation.NextStep);
        Number("Erreurs", report.ErrorCount);
        Number("Avertissements", report.WarningCount);
        Number("Informations", report.InformationCount);

        if (report.Summary.Count > 0)
        {
            row++;
            Section(sheet, row++, "Ce que nous avons lu dans votre fichier");
            foreach (var (label, count) in report.Summary)
            {
                Number(label, count);
            }
        }

        if (issues.Count < report.Issues.Count)
        {
            row++;
            Section(sheet, row++, "Nombre de problèmes par type (" + FrenchText.Count(issues.Count) + " listés sur " + FrenchText.Count(report.Issues.Count) + ")");
            foreach (var count in report.IssueCounts)
            {
                Number(count.Severity.ToFrenchLabel() + " " + count.Code, count.Count);
            }
        }

        if (issues.Count > 0)
        {
            row++;
            var shown = issues.OrderBy(i => i.Severity.Rank()).Take(ProblemsShownInSummary).ToList();
            Section(sheet, row++, issues.Count > shown.Count
                ? "Les " + FrenchText.Count(shown.Count) + " premiers problèmes (la liste complète est dans la feuille « Problèmes »)"
                : "Les problèmes (détail dans la feuille « Problèmes »)");
            foreach (var issue in shown)
            {
                Field(issue.Severity.ToFrenchLabel(), issue.Message);
            }
        }

        row++;
        Section(sheet, row++, "Pour le support");
        Field("Emplacement", report.Container + "/" + report.BlobName);
        Field("Empreinte SHA-256", report.ContentHash);

        sheet.Column(1).Width = LabelColumnWidth;
        sheet.Column(2).Width = ValueColumnWidth;
        ReportStyles.PrintSetup(sheet, "Retour sur " + ShortName(report), null);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Portrait;
    }

    private static void WriteProblems(XLWorkbook workbook, FeedbackReport report, IReadOnlyList<ValidationIssue> issues)
    {
        var builder = new ReportSheetBuilder(workbook, ProblemsSheetName, "Problèmes de " + ShortName(report));
        builder.AddTitle(
            "Problèmes trouvés dans " + ShortName(report),
            FrenchText.Plural(report.ErrorCount, "erreur", "erreurs") + " (à corriger), "
            + FrenchText.Plural(report.WarningCount, "avertissement", "avertissements") + " (à vérifier), "
            + FrenchText.Plural(report.InformationCount, "information", "informations") + " (pour mémoire, sans effet sur le résultat). "
            + (issues.Count < report.Issues.Count
                ? "Seuls les " + FrenchText.Count(issues.Count) + " premiers sont listés (les erreurs d'abord) : corrigez-les, déposez à nouveau le fichier, et le retour suivant listera les autres. "
                : string.Empty)
            + "Ligne et colonne sont celles qu'affiche Excel.");
        var headerRow = builder.AddTable(
            ProblemHeaders,
            issues.Select(i => ReportRow.Of(
                ReportCell.Of(i.Severity.ToFrenchLabel()),
                ReportCell.Of(i.Sheet ?? "(fichier)"),
                i.Row is { } r ? ReportCell.Count(r) : ReportCell.Empty,
                ReportCell.Of(i.Column),
                ReportCell.Of(i.Header),
                ReportCell.Of(i.Value),
                ReportCell.Of(i.Message))),
            isMain: true);
        for (var n = 0; n < issues.Count; n++)
        {
            builder.Sheet.Cell(headerRow + 1 + n, 1).Style.Fill.BackgroundColor =
                issues[n].Severity switch
                {
                    Severity.Error => ReportStyles.Bad,
                    Severity.Warning => ReportStyles.Warning,
                    _ => ReportStyles.Neutral,
                };
        }

        if (issues.Count == 0)
        {
            builder.AddNotes(["Aucun problème : rien à corriger."]);
        }

        builder.SetWidth(7, MessageColumnWidth);
        builder.Finish();
    }

    private static void Section(IXLWorksheet sheet, int row, string text)
    {
        var cell = sheet.Cell(row, 1);
        cell.SetText(text);
        ReportStyles.Section(cell);
    }

    private static XLColor OutcomeColour(UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Acceptee => ReportStyles.Good,
        UploadOutcome.AccepteeAvecAvertissements => ReportStyles.Warning,
        UploadOutcome.Rejetee => ReportStyles.Bad,
        _ => ReportStyles.Neutral,
    };
}
