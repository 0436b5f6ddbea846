namespace FederationFunctions.Core.Validation;

/// <summary>
/// How much of a problem's text is kept: a value read from a cell can hold 32,767 characters and one workbook can repeat it in
/// thousands of problems, so values, headers and messages are cut (with an ellipsis) when the problem is created, which keeps
/// both the memory of a check and the size of its feedback bounded whatever the file holds.
/// </summary>
public static class IssueLimits
{
    /// <summary>The longest value read kept in a problem (characters, ellipsis included).</summary>
    public const int MaxValueLength = 200;

    /// <summary>The longest header, form label or sheet name kept in a problem.</summary>
    public const int MaxNameLength = 120;

    /// <summary>The longest message kept in a problem.</summary>
    public const int MaxMessageLength = 1_000;

    private const string Ellipsis = "…";

    /// <summary>The problem with every text within the limits (the same instance when nothing is too long).</summary>
    public static ValidationIssue Bound(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (Fits(issue.Message, MaxMessageLength) && Fits(issue.Value, MaxValueLength) && Fits(issue.Header, MaxNameLength)
            && Fits(issue.Sheet, MaxNameLength) && Fits(issue.Code, MaxNameLength) && Fits(issue.Column, MaxNameLength))
        {
            return issue;
        }

        return issue with
        {
            Code = Cut(issue.Code, MaxNameLength)!,
            Message = Cut(issue.Message, MaxMessageLength)!,
            Sheet = Cut(issue.Sheet, MaxNameLength),
            Column = Cut(issue.Column, MaxNameLength),
            Header = Cut(issue.Header, MaxNameLength),
            Value = Cut(issue.Value, MaxValueLength),
        };
    }

    /// <summary><paramref name="text"/> cut to <paramref name="maxLength"/> characters, the last one an ellipsis, never splitting a surrogate pair.</summary>
    public static string? Cut(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        var keep = maxLength - Ellipsis.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    private static bool Fits(string? text, int maxLength) => text is null || text.Length <= maxLength;
}
