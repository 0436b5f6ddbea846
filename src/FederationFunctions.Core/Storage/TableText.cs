namespace FederationFunctions.Core.Storage;

/// <summary>Fits free text into a Table Storage string property (≤ 64 KiB) instead of failing the write.</summary>
public static class TableText
{
    /// <summary>Appended to a text cut to fit.</summary>
    public const string TruncationMarker = " […texte tronqué]";

    /// <summary>The text, cut to <see cref="TableLimits.MaxStringPropertyChars"/> characters (marker included) when longer.</summary>
    /// <param name="value">The text, or null.</param>
    /// <param name="truncated">True when the text was cut.</param>
    public static string? Fit(string? value, out bool truncated)
    {
        truncated = value is not null && value.Length > TableLimits.MaxStringPropertyChars;
        if (!truncated)
        {
            return value;
        }

        var keep = TableLimits.MaxStringPropertyChars - TruncationMarker.Length;
        if (char.IsHighSurrogate(value![keep - 1]))
        {
            keep--;
        }

        return string.Concat(value.AsSpan(0, keep), TruncationMarker);
    }
}
