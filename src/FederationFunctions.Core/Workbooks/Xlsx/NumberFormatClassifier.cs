namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Tells date/time number formats from the others, for built-in ids and custom format codes.</summary>
internal static class NumberFormatClassifier
{
    /// <summary>True for Excel's built-in date/time formats: 14–22, 27–36, 45–47, 50–58.</summary>
    public static bool IsBuiltInDateFormat(int numberFormatId) => numberFormatId is (>= 14 and <= 22) or (>= 27 and <= 36)
        or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// True when a custom format code has a date/time token (d, m, y, h, s, or an elapsed <c>[h]</c>, <c>[mm]</c>, <c>[ss]</c>)
    /// outside quoted text, escapes (<c>\x</c>, <c>_x</c>, <c>*x</c>) and brackets (colours, conditions, locales).
    /// </summary>
    public static bool IsDateFormatCode(string formatCode)
    {
        var code = formatCode.AsSpan();
        for (var i = 0; i < code.Length; i++)
        {
            var character = code[i];
            switch (character)
            {
                case '"':
                    var closing = code[(i + 1)..].IndexOf('"');
                    if (closing < 0)
                    {
                        return false;
                    }

                    i += closing + 1;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = code[(i + 1)..].IndexOf(']');
                    if (end < 0)
                    {
                        return false;
                    }

                    if (IsElapsedTime(code.Slice(i + 1, end)))
                    {
                        return true;
                    }

                    i += end + 1;
                    break;
                default:
                    if (char.ToLowerInvariant(character) is 'd' or 'm' or 'y' or 'h' or 's')
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool IsElapsedTime(ReadOnlySpan<char> bracketContent)
    {
        if (bracketContent.IsEmpty)
        {
            return false;
        }

        var first = char.ToLowerInvariant(bracketContent[0]);
        if (first is not ('h' or 'm' or 's'))
        {
            return false;
        }

        foreach (var character in bracketContent)
        {
            if (char.ToLowerInvariant(character) != first)
            {
                return false;
            }
        }

        return true;
    }
}
