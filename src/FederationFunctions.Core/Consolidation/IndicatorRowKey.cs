using System.Globalization;
using System.Text;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// The Table Storage RowKey of an indicator, <c>{code}|{scope}</c>. A scope can be a catalogue action code (free
/// text), so the characters a RowKey may not hold (<c>/ \ # ?</c>, control characters) are percent-escaped, and
/// <c>%</c> itself too, so that two different scopes never share a key. Readers use the entity's Code and Scope
/// properties, never the key.
/// </summary>
internal static class IndicatorRowKey
{
    public static string Of(Indicator indicator) => $"{Escape(indicator.Code)}|{Escape(indicator.Scope)}";

    private static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (NeedsEscape(character))
            {
                builder.Append('%').Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char character) =>
        character is '/' or '\\' or '#' or '?' or '%' || char.IsControl(character);
}
