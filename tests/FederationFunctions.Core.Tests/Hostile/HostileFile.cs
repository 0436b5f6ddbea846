using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>A cell a hostile-but-readable file must yield: sheet, row number (1-based), column index (0 = A), value.</summary>
public sealed record ExpectedCell(string Sheet, int Row, int Column, CellValue Value);

/// <summary>One file of the <see cref="HostileWorkbookCorpus"/>: what it is, how to open it, and what reading it must give.</summary>
/// <param name="Name">A short, unique name (used as the test case name).</param>
/// <param name="FileName">The name it is uploaded under (often a lie: the content decides).</param>
/// <param name="Open">Opens a fresh stream over its content.</param>
/// <param name="ExpectedRefusal">The refusal the reader must give, or null when the file must read.</param>
/// <param name="ExpectedCells">Cells the read must yield when the file reads.</param>
public sealed record HostileFile(string Name, string FileName, Func<Stream> Open, FileRefusalReason? ExpectedRefusal, IReadOnlyList<ExpectedCell> ExpectedCells)
{
    public override string ToString() => Name;
}
