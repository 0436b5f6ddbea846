using System.Globalization;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Parses the invariant numbers of <c>&lt;v&gt;</c> elements, with a fast path for short plain decimals.</summary>
internal static class NumberText
{
    private const int MaxFastDigits = 15;

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Parses <c>-?digits(.digits)?</c> of at most 15 digits exactly (an integer below 2^53 divided by an exact power of
    /// ten is correctly rounded), anything else (exponents, long mantissas) with <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out double)"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (TryParsePlainDecimal(text, out value))
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var position = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            position = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var seenPoint = false;
        for (; position < text.Length; position++)
        {
            var character = text[position];
            if (character is >= '0' and <= '9')
            {
                if (++digits > MaxFastDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (character - '0');
                if (seenPoint)
                {
                    fractionDigits++;
                }
            }
            else if (character == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = mantissa / PowersOfTen[fractionDigits];
        if (negative)
        {
            value = -value;
        }

        return true;
    }
}
