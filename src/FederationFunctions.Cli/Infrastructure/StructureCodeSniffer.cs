using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Reads the structure code from a workbook's Structure sheet (same reader and sheet definition as validation), to know which folder to upload it to.</summary>
internal static class StructureCodeSniffer
{
    /// <summary>The code, trimmed and upper-cased, or null when the file is refused or has no code to read.</summary>
    public static async Task<string?> ReadAsync(IWorkbookReader reader, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        WorkbookReadResult read;
        await using (var stream = File.OpenRead(path))
        {
            read = await reader.ReadAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
        }

        if (!read.Succeeded)
        {
            return null;
        }

        var sheet = read.Workbook.Sheets.FirstOrDefault(s => StructureSheet.Definition.Matches(s.Name));
        var row = sheet?.Rows.FirstOrDefault(r => StructureSheet.StructureCode.Matches(r[0].Display));
        var value = row?.Cells.Skip(1).FirstOrDefault(c => !c.IsBlank) ?? CellValue.Blank;
        return value.IsBlank ? null : value.Display.Trim().ToUpperInvariant();
    }
}
