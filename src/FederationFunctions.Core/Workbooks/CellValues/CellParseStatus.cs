namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>What reading a cell against a column kind gave.</summary>
public enum CellParseStatus
{
    /// <summary>The cell is blank (for yes/no, blank is a valid « non »: see <see cref="CellValueParser.ParseYesNo"/>).</summary>
    Blank,
    /// <summary>The cell holds a valid value.</summary>
    Valid,
    /// <summary>The cell holds something that is not a value of the kind; <see cref="CellParseResult{T}.Error"/> says why.</summary>
    Invalid,
}
