using System.IO.Compression;
using System.Xml;
using FederationFunctions.Core.Workbooks.Xlsx;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FederationFunctions.Core.Workbooks;

/// <summary>
/// Reads an uploaded .xlsx/.xlsm with a streaming pass (<see cref="ZipArchive"/> and <see cref="XmlReader"/>, no DOM),
/// refusing by content what <c>centre-workbook-v1.md</c> § File refuses. Bad input is a <see cref="FileRefusal"/>, never an exception.
/// </summary>
public sealed partial class XlsxWorkbookReader : IWorkbookReader
{
    private readonly WorkbookReaderLimits _limits;
    private readonly ILogger<XlsxWorkbookReader> _logger;

    public XlsxWorkbookReader()
        : this(WorkbookReaderLimits.Default, NullLogger<XlsxWorkbookReader>.Instance)
    {
    }

    public XlsxWorkbookReader(WorkbookReaderLimits limits, ILogger<XlsxWorkbookReader> logger)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(logger);
        _limits = limits;
        _logger = logger;
    }

    public Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
        ReadAsync(content, fileName, readsSheet: null, cancellationToken);

    public async Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, Func<string, bool>? readsSheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var displayName = string.IsNullOrWhiteSpace(fileName) ? "sans nom" : Path.GetFileName(fileName.Trim());

        using var bytes = await BoundedContentReader.ReadAsync(content, _limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return Refuse(FileRefusals.TooLarge(displayName, _limits.MaxFileBytes), displayName);
        }

        // Nothing read keeps a reference to the bytes (cells hold strings and numbers), so they go back to the pool here.
        var result = Read(bytes.Memory, displayName, cancellationToken, readsSheet);
        if (result.Succeeded)
        {
            LogRead(displayName, result.Workbook.Sheets.Count);
            return result;
        }

        return Refuse(result.Refusal, displayName);
    }

    /// <summary>Reads a whole file already in memory (at most the size limit).</summary>
    internal WorkbookReadResult Read(ReadOnlyMemory<byte> bytes, string displayName, CancellationToken cancellationToken, Func<string, bool>? readsSheet = null)
    {
        if (bytes.IsEmpty)
        {
            return WorkbookReadResult.Refused(FileRefusals.Empty(displayName));
        }

        if (bytes.Length > _limits.MaxFileBytes)
        {
            return WorkbookReadResult.Refused(FileRefusals.TooLarge(displayName, _limits.MaxFileBytes));
        }

        return FileSignature.Detect(bytes.Span) switch
        {
            FileKind.Zip => ReadPackage(bytes, displayName, readsSheet, cancellationToken),
            FileKind.CompoundFile => WorkbookReadResult.Refused(CompoundFileDirectory.HoldsEncryptedPackage(bytes.Span)
                ? FileRefusals.Encrypted(displayName)
                : FileRefusals.LegacyXls(displayName)),
            _ => WorkbookReadResult.Refused(DelimitedTextSniffer.LooksLikeDelimitedText(bytes.Span)
                ? FileRefusals.Csv(displayName)
                : FileRefusals.NotAWorkbook(displayName)),
        };
    }

    private WorkbookReadResult ReadPackage(ReadOnlyMemory<byte> bytes, string displayName, Func<string, bool>? readsSheet, CancellationToken cancellationToken)
    {
        try
        {
            using var package = OoxmlPackage.Open(bytes, _limits.MaxExpandedBytes);
            if (package.IsOpenDocument())
            {
                return WorkbookReadResult.Refused(FileRefusals.OpenDocument(displayName));
            }

            if (package.DeclaredExpandedBytes > _limits.MaxExpandedBytes)
            {
                return WorkbookReadResult.Refused(FileRefusals.ExpandsTooMuch(displayName, _limits.MaxExpandedBytes));
            }

            var workbookPart = package.FindWorkbookPart();
            if (workbookPart is null)
            {
                return WorkbookReadResult.Refused(FileRefusals.NotAWorkbook(displayName));
            }

            return new WorkbookPackageReader(package, workbookPart, _limits, readsSheet).Read(displayName, cancellationToken);
        }
        catch (ExpansionLimitExceededException)
        {
            return WorkbookReadResult.Refused(FileRefusals.ExpandsTooMuch(displayName, _limits.MaxExpandedBytes));
        }
        catch (Exception exception) when (MalformedInput.IsMalformedInput(exception))
        {
            LogCorrupt(exception, displayName);
            return WorkbookReadResult.Refused(FileRefusals.NotAWorkbook(displayName));
        }
    }

    private WorkbookReadResult Refuse(FileRefusal refusal, string displayName)
    {
        LogRefused(displayName, refusal.Reason, refusal.Sheet);
        return WorkbookReadResult.Refused(refusal);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbook {FileName} read: {SheetCount} worksheets")]
    private partial void LogRead(string fileName, int sheetCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbook {FileName} refused: {Reason} (sheet {Sheet})")]
    private partial void LogRefused(string fileName, FileRefusalReason reason, string? sheet);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbook {FileName} is not a readable package")]
    private partial void LogCorrupt(Exception exception, string fileName);
}
