using System.Text;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>
/// Renders a compiled <c>[format('...', arg0, arg1, ...)]</c> expression, each argument expression being
/// replaced by the value a test gives for it, so that a test can read the string Azure will receive.
/// </summary>
internal static class ArmFormatExpression
{
    public static string Render(string expression, IReadOnlyDictionary<string, string> argumentValues)
    {
        const string Prefix = "[format(";
        const string Suffix = ")]";
        Assert.StartsWith(Prefix, expression, StringComparison.Ordinal);
        Assert.EndsWith(Suffix, expression, StringComparison.Ordinal);
        var body = expression[Prefix.Length..^Suffix.Length];

        var (formatString, rest) = ReadStringLiteral(body);
        var arguments = SplitTopLevel(rest);
        var rendered = new StringBuilder();
        for (var index = 0; index < formatString.Length; index++)
        {
            var character = formatString[index];
            if (character == '{' && index + 1 < formatString.Length && formatString[index + 1] == '{')
            {
                rendered.Append('{');
                index++;
            }
            else if (character == '}' && index + 1 < formatString.Length && formatString[index + 1] == '}')
            {
                rendered.Append('}');
                index++;
            }
            else if (character == '{')
            {
                var close = formatString.IndexOf('}', index);
                var position = int.Parse(formatString[(index + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
                var argument = arguments[position];
                Assert.True(argumentValues.TryGetValue(argument, out var value), $"No value given for argument {argument}.");
                rendered.Append(value);
                index = close;
            }
            else
            {
                rendered.Append(character);
            }
        }

        return rendered.ToString();
    }

    /// <summary>Reads the leading '...' literal ('' is an escaped quote) and returns it with what follows its comma.</summary>
    private static (string Literal, string Remainder) ReadStringLiteral(string text)
    {
        Assert.Equal('\'', text[0]);
        var literal = new StringBuilder();
        var index = 1;
        while (true)
        {
            if (text[index] == '\'' && index + 1 < text.Length && text[index + 1] == '\'')
            {
                literal.Append('\'');
                index += 2;
            }
            else if (text[index] == '\'')
            {
                break;
            }
            else
            {
                literal.Append(text[index]);
                index++;
            }
        }

        return (literal.ToString(), text[(index + 1)..].TrimStart(',', ' '));
    }

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var inString = false;
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\'')
            {
                inString = !inString;
            }
            else if (!inString && (character == '(' || character == '['))
            {
                depth++;
            }
            else if (!inString && (character == ')' || character == ']'))
            {
                depth--;
            }
            else if (!inString && depth == 0 && character == ',')
            {
                parts.Add(text[start..index].Trim());
                start = index + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }
}
