using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>
/// The usage errors of a command line, in French: System.CommandLine's own messages come from its French resources
/// (<see cref="FederationCommandLine.RunAsync"/> selects <c>fr-FR</c> as the UI culture); a value that is not a whole
/// number is said without .NET type names; an option the command does not know (which System.CommandLine would take
/// as a file name) is named with the closest option the command has.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var messages = new List<string>();
        foreach (var token in UnknownOptions(parseResult))
        {
            messages.Add(UnknownOption(parseResult.CommandResult.Command, token));
        }

        foreach (var error in parseResult.Errors)
        {
            var message = NotAWholeNumber(error) ?? Translate(error.Message);
            if (!messages.Contains(message))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>
    /// The messages System.CommandLine 2.0.0's French resources leave in English, put into French; the others are
    /// already French.
    /// </summary>
    public static string Translate(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (english, french) in Untranslated)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                return match.Result(french);
            }
        }

        return message;
    }

    private static readonly (Regex English, string French)[] Untranslated =
    [
        (new Regex(@"^Option '([^']+)' is required\.$", RegexOptions.CultureInvariant), "l'option $1 est obligatoire."),
        (new Regex(@"^Option '([^']+)' expects a single argument but (\d+) were provided\.$", RegexOptions.CultureInvariant), "l'option $1 n'accepte qu'une valeur, mais $2 ont été données."),
        (new Regex(@"^Cannot parse argument '([^']*)' for option '([^']+)' as expected type '[^']+'\.", RegexOptions.CultureInvariant | RegexOptions.Singleline), "la valeur « $1 » de l'option $2 n'est pas valide."),
        (new Regex(@"^'([^']*)' was not matched\. Did you mean one of the following\?", RegexOptions.CultureInvariant | RegexOptions.Singleline), "« $1 » n'est pas reconnu : voyez federation --help."),
    ];

    /// <summary>Tokens that look like an option (<c>--referense</c>) but name none of the command's options.</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parseResult)
    {
        var known = OptionNames(parseResult.CommandResult.Command).ToHashSet(StringComparer.Ordinal);
        var afterDoubleDash = false;
        foreach (var token in parseResult.Tokens)
        {
            if (token.Value == "--")
            {
                afterDoubleDash = true;
                continue;
            }

            if (!afterDoubleDash && token.Type != TokenType.Option && LooksLikeOption(token.Value) && !known.Contains(OptionName(token.Value)))
            {
                yield return token.Value;
            }
        }

        foreach (var unmatched in parseResult.UnmatchedTokens)
        {
            if (LooksLikeOption(unmatched) && !known.Contains(OptionName(unmatched)))
            {
                yield return unmatched;
            }
        }
    }

    private static string UnknownOption(Command command, string token)
    {
        var name = OptionName(token);
        var closest = OptionNames(command)
            .Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: Distance(name, n)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        var suggestion = closest.Name is not null && closest.Distance <= Math.Max(2, name.Length / 3)
            ? $" Vouliez-vous dire {closest.Name} ?"
            : string.Empty;
        return $"l'option « {name} » n'existe pas pour la commande « {command.Name} ».{suggestion} Les options de la commande : federation {command.Name} --help.";
    }

    private static string? NotAWholeNumber(ParseError error)
    {
        if (error.SymbolResult is OptionResult { Option: var option } optionResult
            && (option.ValueType == typeof(int) || option.ValueType == typeof(int?))
            && optionResult.Tokens.FirstOrDefault(t => !int.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) is { } bad)
        {
            var example = option.Name == "--year" ? YearExample(bad.Value) : "5";
            return $"la valeur « {bad.Value} » de l'option {option.Name} n'est pas un nombre entier. Écrivez par exemple {option.Name} {example}.";
        }

        return null;
    }

    /// <summary>
    /// The year the person most likely meant (the 4 digits of « 2025x »), else the year whose activity is collected now
    /// (the one before the current year): an example never proposes a year unrelated to what is being done.
    /// </summary>
    private static string YearExample(string typed)
    {
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            ? digits
            : (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        var names = new List<string> { "--help", "-h", "-?", "/?", "--version" };
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            foreach (var option in current.Options)
            {
                if (current == command || option.Recursive)
                {
                    names.Add(option.Name);
                    names.AddRange(option.Aliases);
                }
            }
        }

        return names;
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string OptionName(string token)
    {
        var end = token.IndexOfAny(['=', ':']);
        return end < 0 ? token : token[..end];
    }

    /// <summary>Levenshtein distance, for the closest option's suggestion.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
