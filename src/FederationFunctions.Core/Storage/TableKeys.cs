using System.Globalization;
using System.Text;

namespace FederationFunctions.Core.Storage;

/// <summary>Builds Table Storage keys from free text (blob names, folder names).</summary>
/// <remarks>
/// Keys may not contain <c>/</c>, <c>\</c>, <c>#</c>, <c>?</c> or control characters. Those, and the escape character
/// <c>%</c> itself, are written <c>%XX</c> (UTF-16 code unit in hex, <c>%uXXXX</c> above 0xFF), so escaping is reversible
/// and two different texts never share a key. <c>|</c> separates key parts and is escaped inside a part.
/// </remarks>
public static class TableKeys
{
    /// <summary>Separates the parts of a composite key.</summary>
    public const char Separator = '|';

    /// <summary>Joins escaped parts with <see cref="Separator"/>.</summary>
    public static string Compose(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join(Separator, parts.Select(Escape));
    }

    /// <summary>Escapes one key part.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (!NeedsEscape(c))
            {
                builder.Append(c);
            }
            else if (c <= 0xFF)
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("%u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The smallest string greater than every key that starts with <paramref name="prefix"/> (for range queries).</summary>
    public static string PrefixUpperBound(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return prefix[..^1] + (char)(prefix[^1] + 1);
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or Separator || char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
