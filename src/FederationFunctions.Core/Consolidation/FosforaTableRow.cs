namespace FederationFunctions.Core.Consolidation;

/// <summary>The kind of a FOSFORA table row.</summary>
public enum FosforaRowKind
{
    /// <summary>A group heading (no figures).</summary>
    GroupHeading,
    /// <summary>A FOSFORA line.</summary>
    Line,
    /// <summary><c>Total {group in lower case}</c>, only for groups of more than one line.</summary>
    GroupTotal,
    /// <summary><c>TOTAL GÉNÉRAL</c>.</summary>
    GrandTotal,
}

/// <summary>One row of the FOSFORA table, in display order.</summary>
public sealed record FosforaTableRow(
    FosforaRowKind Kind,
    string Group,
    string Label,
    int Centres,
    int Volunteers,
    int Sessions,
    decimal AmountEur);
