namespace FederationFunctions.Core.Reports.Excel;

/// <summary>One cell of a report table: text (always written as text, never a formula), a number with its format, or a date.</summary>
internal readonly record struct ReportCell(string? Text, decimal? Number, DateTime? Date, string? Format)
{
    /// <summary>A text cell; text read from uploads stays text even when it starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>.</summary>
    public static ReportCell Of(string? text) => new(text, null, null, null);

    /// <summary>A number cell with its display format; empty when <paramref name="value"/> is null.</summary>
    public static ReportCell Numeric(decimal? value, string format) => new(null, value, null, format);

    /// <summary>A whole count.</summary>
    public static ReportCell Count(int value) => new(null, value, null, NumberFormats.Count);

    /// <summary>An amount in euros.</summary>
    public static ReportCell Euro(decimal value) => new(null, value, null, NumberFormats.Euro);

    /// <summary>A local date and time; empty when null.</summary>
    public static ReportCell When(DateTime? value) => new(null, null, value, NumberFormats.DateTime);

    public static ReportCell Empty => default;

    public bool IsNumeric => Format is not null && Date is null && Text is null;
}
