using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>
/// Reads a <see cref="CellValue"/> as an integer, decimal, money amount, date, yes/no, text or enum value,
/// exactly as <c>centre-workbook-v1.md</c> § Cell values says. Never throws for bad input; never reads through
/// <see cref="CultureInfo.CurrentCulture"/>. Numbers are never negative in either workbook, so every numeric kind
/// rejects a negative value.
/// </summary>
public static partial class CellValueParser
{
    /// <summary>Longest accepted text (Table Storage holds 32K UTF-16 characters per property).</summary>
    public const int MaxTextLength = 32_000;

    /// <summary>A number cell within this distance of a value with at most 2 decimals counts as that value.</summary>
    public const double NoiseTolerance = 1e-9;

    private const string IntegerExample = "Saisissez un nombre, par exemple 12.";
    private const string DecimalExample = "Saisissez un nombre, par exemple 37,5.";
    private const string MoneyExample = "Saisissez un montant en euros avec au plus 2 décimales, par exemple 3 600,00 €.";

    private static readonly string[] FrenchMonths =
    [
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ];

    private static readonly HashSet<string> YesWords = new(["oui", "o", "x", "yes", "1", "vrai", "true"], StringComparer.Ordinal);

    private static readonly HashSet<string> NoWords = new(["non", "n", "no", "0", "faux", "false"], StringComparer.Ordinal);

    /// <summary>A whole number ≥ 0: a number cell with no fraction, or text such as <c>12</c> or <c>1 200</c>.</summary>
    public static CellParseResult<int> ParseInteger(CellValue cell)
    {
        if (TryRejectUnreadable(cell, out CellParseResult<int> unreadable))
        {
            return unreadable;
        }

        var shown = Quote(cell);
        switch (cell.Kind)
        {
            case CellKind.Number:
            {
                var number = cell.Number;
                if (!double.IsFinite(number))
                {
                    return CellParseResult<int>.Invalid($"{shown} n'est pas un nombre entier. {IntegerExample}");
                }

                var rounded = Math.Round(number);
                if (Math.Abs(number - rounded) > NoiseTolerance)
                {
                    return CellParseResult<int>.Invalid($"{shown} n'est pas un nombre entier. {IntegerExample}");
                }

                if (rounded < 0)
                {
                    return Negative<int>(shown);
                }

                return rounded > int.MaxValue
                    ? CellParseResult<int>.Invalid($"{shown} est trop grand. Vérifiez la valeur.")
                    : CellParseResult<int>.Valid((int)rounded);
            }

            case CellKind.Text:
            {
                var number = ParseNumberText(cell.Text!);
                if (number.Failure == NumberTextFailure.None && number.Negative)
                {
                    return Negative<int>(shown);
                }

                if (number.Failure == NumberTextFailure.None && number.FractionDigits == 3)
                {
                    return CellParseResult<int>.Invalid(
                        $"{shown} est ambigu (séparateur de milliers ou décimales ?). Saisissez le nombre sans point ni virgule, par exemple 1200 ou 1 200.");
                }

                if (number.Failure != NumberTextFailure.None || number.Value != decimal.Truncate(number.Value))
                {
                    return CellParseResult<int>.Invalid($"{shown} n'est pas un nombre entier. {IntegerExample}");
                }

                return number.Value > int.MaxValue
                    ? CellParseResult<int>.Invalid($"{shown} est trop grand. Vérifiez la valeur.")
                    : CellParseResult<int>.Valid((int)number.Value);
            }

            default:
                return CellParseResult<int>.Invalid($"{shown} n'est pas un nombre entier. {IntegerExample}");
        }
    }

    /// <summary>A number ≥ 0: a number cell, or text with <c>,</c> or <c>.</c> as decimal mark and space thousands separators.</summary>
    public static CellParseResult<decimal> ParseDecimal(CellValue cell)
    {
        if (TryRejectUnreadable(cell, out CellParseResult<decimal> unreadable))
        {
            return unreadable;
        }

        var shown = Quote(cell);
        switch (cell.Kind)
        {
            case CellKind.Number:
                if (!TryNumberCellToDecimal(cell.Number, out var value, out _))
                {
                    return CellParseResult<decimal>.Invalid($"{shown} n'est pas un nombre utilisable. {DecimalExample}");
                }

                return value < 0 ? Negative<decimal>(shown) : CellParseResult<decimal>.Valid(value);

            case CellKind.Text:
            {
                var number = ParseNumberText(cell.Text!);
                return number.Failure switch
                {
                    NumberTextFailure.TwoDecimalMarks => CellParseResult<decimal>.Invalid(
                        $"{shown} contient deux séparateurs décimaux. Saisissez le nombre avec un seul séparateur décimal et des espaces entre les milliers, par exemple 1 234,5."),
                    NumberTextFailure.NotANumber => CellParseResult<decimal>.Invalid($"{shown} n'est pas un nombre. {DecimalExample}"),
                    _ when number.Negative => Negative<decimal>(shown),
                    _ => CellParseResult<decimal>.Valid(number.Value),
                };
            }

            default:
                return CellParseResult<decimal>.Invalid($"{shown} n'est pas un nombre. {DecimalExample}");
        }
    }

    /// <summary>An amount in euros ≥ 0 with at most 2 decimals, with an optional <c>€</c> or <c>EUR</c> before or after.</summary>
    public static CellParseResult<decimal> ParseMoney(CellValue cell)
    {
        if (TryRejectUnreadable(cell, out CellParseResult<decimal> unreadable))
        {
            return unreadable;
        }

        var shown = Quote(cell);
        switch (cell.Kind)
        {
            case CellKind.Number:
                if (!TryNumberCellToDecimal(cell.Number, out var value, out var hasAtMostTwoDecimals))
                {
                    return CellParseResult<decimal>.Invalid($"{shown} n'est pas un montant utilisable. {MoneyExample}");
                }

                if (value < 0)
                {
                    return Negative<decimal>(shown);
                }

                return hasAtMostTwoDecimals
                    ? CellParseResult<decimal>.Valid(value)
                    : CellParseResult<decimal>.Invalid($"{shown} a plus de 2 décimales. {MoneyExample}");

            case CellKind.Text:
            {
                var match = CurrencyPattern().Match(cell.Text!.Trim());
                var amountText = match.Success ? match.Groups["amount"].Value : cell.Text!;
                var number = ParseNumberText(amountText);
                return number.Failure switch
                {
                    NumberTextFailure.TwoDecimalMarks => CellParseResult<decimal>.Invalid(
                        $"{shown} contient deux séparateurs décimaux. {MoneyExample}"),
                    NumberTextFailure.NotANumber => CellParseResult<decimal>.Invalid($"{shown} n'est pas un montant. {MoneyExample}"),
                    _ when number.Negative => Negative<decimal>(shown),
                    _ when number.FractionDigits > 2 => CellParseResult<decimal>.Invalid($"{shown} a plus de 2 décimales. {MoneyExample}"),
                    _ => CellParseResult<decimal>.Valid(number.Value),
                };
            }

            default:
                return CellParseResult<decimal>.Invalid($"{shown} n'est pas un montant. {MoneyExample}");
        }
    }

    /// <summary>
    /// A date: a date-formatted number cell (Excel serial), or text <c>jj/mm/aaaa</c>, <c>jj/mm/aa</c> (20aa),
    /// <c>jj-mm-aaaa</c>, <c>aaaa-mm-jj</c>, <c>12 mai 2023</c>, <c>1er juin 2023</c>. A number cell without a date
    /// format is rejected: it is most often a count typed in the wrong column, and reading it as a date would hide that.
    /// </summary>
    /// <param name="cell">The cell.</param>
    /// <param name="year">The year the workbook is about, when known: the message's example date falls in it.</param>
    public static CellParseResult<DateOnly> ParseDate(CellValue cell, int? year = null)
    {
        if (TryRejectUnreadable(cell, out CellParseResult<DateOnly> unreadable))
        {
            return unreadable;
        }

        var shown = Quote(cell);
        var hint = DateHint(year);
        switch (cell.Kind)
        {
            case CellKind.Number when cell.IsDateFormatted:
                return TrySerialToDate(cell.Number, out var serialDate)
                    ? CellParseResult<DateOnly>.Valid(serialDate)
                    : CellParseResult<DateOnly>.Invalid($"{shown} n'est pas une date valide. {hint}");

            case CellKind.Number:
                return CellParseResult<DateOnly>.Invalid($"{shown} est un nombre, pas une date. {hint}");

            case CellKind.Text:
                return TryParseDateText(cell.Text!.Trim(), out var date, out var recognised)
                    ? CellParseResult<DateOnly>.Valid(date)
                    : CellParseResult<DateOnly>.Invalid(recognised
                        ? $"{shown} n'est pas une date valide (jour ou mois impossible). {hint}"
                        : $"{shown} n'est pas une date. {hint}");

            default:
                return CellParseResult<DateOnly>.Invalid($"{shown} n'est pas une date. {hint}");
        }
    }

    /// <summary>
    /// Yes/no: <c>Oui, O, X, Yes, 1, Vrai</c>, TRUE are yes; <c>Non, N, No, 0, Faux</c>, FALSE and blank are no
    /// (case- and accent-insensitive). A blank cell gives <see cref="CellParseStatus.Blank"/> with the value false.
    /// </summary>
    public static CellParseResult<bool> ParseYesNo(CellValue cell)
    {
        if (cell.IsBlank)
        {
            return CellParseResult<bool>.Blank();
        }

        if (TryRejectUnreadable(cell, out CellParseResult<bool> unreadable))
        {
            return unreadable;
        }

        var shown = Quote(cell);
        switch (cell.Kind)
        {
            case CellKind.Boolean:
                return CellParseResult<bool>.Valid(cell.Number != 0);

            case CellKind.Number when Math.Abs(cell.Number - 1) <= NoiseTolerance:
                return CellParseResult<bool>.Valid(true);

            case CellKind.Number when Math.Abs(cell.Number) <= NoiseTolerance:
                return CellParseResult<bool>.Valid(false);

            case CellKind.Text:
            {
                var word = HeaderNormalizer.FoldToLettersAndDigits(cell.Text);
                if (YesWords.Contains(word))
                {
                    return CellParseResult<bool>.Valid(true);
                }

                if (NoWords.Contains(word))
                {
                    return CellParseResult<bool>.Valid(false);
                }

                break;
            }
        }

        return CellParseResult<bool>.Invalid($"{shown} n'est ni oui ni non. Saisissez Oui ou Non (ou laissez vide pour Non).");
    }

    /// <summary>
    /// Text: trimmed, inner runs of white space folded to one space. A number cell gives its shortest invariant form
    /// (<c>59</c>, not <c>59.0</c>), a date-formatted number its date as <c>jj/mm/aaaa</c>. Text beginning with
    /// <c>= + - @</c> is kept as it is (never evaluated). Longer than <see cref="MaxTextLength"/>: rejected.
    /// </summary>
    public static CellParseResult<string> ParseText(CellValue cell)
    {
        if (cell.IsBlank)
        {
            return CellParseResult<string>.Blank();
        }

        if (TryRejectUnreadable(cell, out CellParseResult<string> unreadable))
        {
            return unreadable;
        }

        var text = cell.Kind switch
        {
            CellKind.Number => NumberToText(cell),
            CellKind.Boolean => cell.Display,
            _ => FoldWhiteSpace(cell.Text!),
        };

        if (text.Length > MaxTextLength)
        {
            return CellParseResult<string>.Invalid(string.Format(
                FrenchText.Culture,
                "le texte fait {0:N0} caractères, la limite est {1:N0}. Raccourcissez-le.",
                text.Length,
                MaxTextLength));
        }

        return CellParseResult<string>.Valid(text);
    }

    /// <summary>A value of an enumerated column, matched like headers against labels, codes and alternatives.</summary>
    public static CellParseResult<TEnum> ParseEnum<TEnum>(CellValue cell, EnumVocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var text = ParseText(cell);
        if (!text.IsValid)
        {
            return text.IsBlank ? CellParseResult<TEnum>.Blank() : CellParseResult<TEnum>.Invalid(text.Error!);
        }

        var match = vocabulary.Match(text.Value);
        return match is { } value
            ? CellParseResult<TEnum>.Valid(value)
            : CellParseResult<TEnum>.Invalid(
                $"{Quote(cell)} ne figure pas dans la liste des {vocabulary.FrenchPluralNoun}. Choisissez parmi : {string.Join(", ", vocabulary.Labels)}.");
    }

    /// <summary>
    /// What to type in a date cell: <c>Saisissez une date de l'année 2026 au format jj/mm/aaaa, par exemple 15/03/2026.</c>;
    /// without a known year, the format alone (an example in another year would be wrong).
    /// </summary>
    public static string DateHint(int? year) => year is { } y
        ? $"Saisissez une date de l'année {y.ToString(CultureInfo.InvariantCulture)} au format jj/mm/aaaa, par exemple {FrenchText.ExampleDate(y)}."
        : "Saisissez une date au format jj/mm/aaaa (jour, mois, puis l'année sur 4 chiffres).";

    /// <summary>Trims and folds every run of white space (including no-break spaces and line breaks) to one space.</summary>
    public static string FoldWhiteSpace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The value of a cell quoted for a message: <c>« douze »</c>.</summary>
    public static string Quote(CellValue cell) => "« " + Shorten(Display(cell)) + " »";

    /// <summary>
    /// The value as the person sees it in a French Excel, for messages and the issue's « value read »: a date-formatted
    /// number as <c>jj/mm/aaaa</c>, a number with the decimal comma and without binary noise (<c>8,36</c>, not
    /// <c>8.359999999999999</c>), anything else as <see cref="CellValue.Display"/>.
    /// </summary>
    public static string Display(CellValue cell) => cell.Kind == CellKind.Number ? NumberToText(cell, FrenchText.Culture) : cell.Display;

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    private static bool TryRejectUnreadable<T>(CellValue cell, out CellParseResult<T> result)
    {
        if (cell.IsBlank)
        {
            result = CellParseResult<T>.Blank();
            return true;
        }

        switch (cell.Kind)
        {
            case CellKind.Error:
                result = CellParseResult<T>.Invalid(
                    $"la cellule contient l'erreur « {cell.Text} ». Corrigez la formule ou saisissez la valeur directement.");
                return true;
            case CellKind.FormulaWithoutValue:
                result = CellParseResult<T>.Invalid(
                    $"la formule « {Shorten(cell.Display)} » n'a pas de valeur calculée dans le fichier. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, ou saisissez la valeur directement.");
                return true;
            default:
                result = default;
                return false;
        }
    }

    private static CellParseResult<T> Negative<T>(string shown) =>
        CellParseResult<T>.Invalid($"{shown} est négatif. Saisissez un nombre positif ou 0.");

    /// <summary>Converts a number cell to decimal, applying the 2-decimal noise rule.</summary>
    private static bool TryNumberCellToDecimal(double number, out decimal value, out bool hasAtMostTwoDecimals)
    {
        value = 0;
        hasAtMostTwoDecimals = false;
        if (!double.IsFinite(number) || Math.Abs(number) >= 7.9e27)
        {
            return false;
        }

        var twoDecimals = Math.Round(number, 2, MidpointRounding.AwayFromZero);
        if (Math.Abs(number - twoDecimals) <= NoiseTolerance)
        {
            value = Math.Round((decimal)twoDecimals, 2, MidpointRounding.AwayFromZero);
            hasAtMostTwoDecimals = true;
            return true;
        }

        value = decimal.Parse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A number cell as text: invariant for the data (<see cref="ParseText"/>), French for people (<see cref="Display"/>).</summary>
    private static string NumberToText(CellValue cell, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        if (cell.IsDateFormatted && TrySerialToDate(cell.Number, out var date))
        {
            return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        if (TryNumberCellToDecimal(cell.Number, out var value, out var hasAtMostTwoDecimals) && hasAtMostTwoDecimals)
        {
            return value.ToString("0.##", culture);
        }

        return cell.Number.ToString("R", culture);
    }

    private static bool TrySerialToDate(double serial, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 1 || serial >= 2_958_466)
        {
            return false;
        }

        date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return true;
    }

    private static bool TryParseDateText(string text, out DateOnly date, out bool recognised)
    {
        date = default;
        recognised = true;
        int day, month, year;
        Match match;
        if ((match = SlashDatePattern().Match(text)).Success || (match = DashDatePattern().Match(text)).Success)
        {
            day = ParseDigits(match.Groups["d"].Value);
            month = ParseDigits(match.Groups["m"].Value);
            var yearText = match.Groups["y"].Value;
            year = yearText.Length == 2 ? 2000 + ParseDigits(yearText) : ParseDigits(yearText);
        }
        else if ((match = IsoDatePattern().Match(text)).Success)
        {
            day = ParseDigits(match.Groups["d"].Value);
            month = ParseDigits(match.Groups["m"].Value);
            year = ParseDigits(match.Groups["y"].Value);
        }
        else if ((match = WordDatePattern().Match(text)).Success)
        {
            day = ParseDigits(match.Groups["d"].Value);
            if (match.Groups["er"].Success && day != 1)
            {
                recognised = false;
                return false;
            }

            month = Array.IndexOf(FrenchMonths, HeaderNormalizer.FoldToLettersAndDigits(match.Groups["m"].Value)) + 1;
            if (month == 0)
            {
                recognised = false;
                return false;
            }

            year = ParseDigits(match.Groups["y"].Value);
        }
        else
        {
            recognised = false;
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int ParseDigits(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static NumberText ParseNumberText(string raw)
    {
        var text = raw.Trim();
        var negative = false;
        if (text.Length > 0 && text[0] is '-' or '\u2212')
        {
            negative = true;
            text = text[1..].TrimStart();
        }

        var match = NumberPattern().Match(text);
        if (!match.Success || (!match.Groups["int"].Success && !match.Groups["frac"].Success))
        {
            var marks = text.Count(c => c is '.' or ',');
            var onlyNumberCharacters = text.Length > 0 && text.All(c => c is (>= '0' and <= '9') or '.' or ',' or ' ' or '\u00A0' or '\u202F');
            return new NumberText(
                marks >= 2 && onlyNumberCharacters ? NumberTextFailure.TwoDecimalMarks : NumberTextFailure.NotANumber,
                0,
                0,
                negative);
        }

        var integerDigits = match.Groups["int"].Success ? RemoveGroupSeparators(match.Groups["int"].Value) : "0";
        var fractionDigits = match.Groups["frac"].Success ? match.Groups["frac"].Value : string.Empty;
        if (integerDigits.TrimStart('0').Length > 20)
        {
            return new NumberText(NumberTextFailure.NotANumber, 0, 0, negative);
        }

        var invariant = fractionDigits.Length == 0 ? integerDigits : integerDigits + "." + fractionDigits;
        var value = decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new NumberText(NumberTextFailure.None, value, fractionDigits.Length, negative && value != 0);
    }

    private static string RemoveGroupSeparators(string digits) =>
        digits.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|[0-9]+)?(?:[.,](?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:(?:€|eur(?:os?)?)\s*(?<amount>[^€]*?)|(?<amount>[^€]*?)\s*(?:€|eur(?:os?)?))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDatePattern();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})-(?<m>[0-9]{1,2})-(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DashDatePattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?:\s*(?<er>er))?\s+(?<m>\p{L}[\p{L}\p{Mn}]*)\.?\s+(?<y>[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordDatePattern();

    private enum NumberTextFailure
    {
        None,
        NotANumber,
        TwoDecimalMarks,
    }

    private readonly record struct NumberText(NumberTextFailure Failure, decimal Value, int FractionDigits, bool Negative);
}
