using System.Globalization;
using System.Security;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>
/// One cell as a producer writes it in the sheet XML (the inner attributes and children of <c>&lt;c&gt;</c>),
/// so that tests can build every form found in real files: inline strings, formula results, booleans, errors, dates.
/// </summary>
public sealed record RawCell(string Attributes, string Inner)
{
    /// <summary>Style indexes of <see cref="SpecWorkbookPackage.Styles"/>.</summary>
    public const int StyleBuiltInDate14 = 1;
    public const int StyleDdMmYyyy = 2;
    public const int StyleFrenchLongDate = 3;
    public const int StyleMoney = 4;
    public const int StyleDateTime22 = 5;

    /// <summary>An inline string (<c>t="inlineStr"</c>), as openpyxl-like writers and some exports produce.</summary>
    public static RawCell Text(string text) =>
        new("t=\"inlineStr\"", "<is><t xml:space=\"preserve\">" + SecurityElement.Escape(text) + "</t></is>");

    /// <summary>A number cell; <paramref name="style"/> is a <c>cellXfs</c> index.</summary>
    public static RawCell Number(double value, int style = 0) =>
        new(StyleAttribute(style), "<v>" + value.ToString("R", CultureInfo.InvariantCulture) + "</v>");

    /// <summary>A number written exactly as given in <c>&lt;v&gt;</c> (e.g. <c>441245.00000000006</c>).</summary>
    public static RawCell NumberLiteral(string literal, int style = 0) => new(StyleAttribute(style), "<v>" + literal + "</v>");

    /// <summary>A date stored as an Excel serial number with a date style.</summary>
    public static RawCell DateSerial(int year, int month, int day, int style = StyleBuiltInDate14) =>
        Number((new DateTime(year, month, day) - new DateTime(1899, 12, 30)).TotalDays, style);

    /// <summary>A <c>t="d"</c> ISO 8601 cell (Excel strict / some exports).</summary>
    public static RawCell IsoDate(string iso) => new("t=\"d\" s=\"1\"", "<v>" + iso + "</v>");

    public static RawCell Boolean(bool value) => new("t=\"b\"", value ? "<v>1</v>" : "<v>0</v>");

    public static RawCell Error(string code) => new("t=\"e\"", "<v>" + SecurityElement.Escape(code) + "</v>");

    /// <summary>A formula with a cached number.</summary>
    public static RawCell FormulaNumber(string formula, string cachedLiteral, int style = 0) =>
        new(StyleAttribute(style), "<f>" + SecurityElement.Escape(formula) + "</f><v>" + cachedLiteral + "</v>");

    /// <summary>A formula with a cached text result (<c>t="str"</c>).</summary>
    public static RawCell FormulaText(string formula, string cached) =>
        new("t=\"str\"", "<f>" + SecurityElement.Escape(formula) + "</f><v>" + SecurityElement.Escape(cached) + "</v>");

    /// <summary>A formula never calculated (openpyxl writes formulas without cached values).</summary>
    public static RawCell FormulaWithoutValue(string formula) => new(string.Empty, "<f>" + SecurityElement.Escape(formula) + "</f>");

    /// <summary>A shared-formula child cell (<c>&lt;f t="shared" si="0"/&gt;</c>) with its cached value.</summary>
    public static RawCell SharedFormulaChild(int sharedIndex, string cachedLiteral) =>
        new(string.Empty, "<f t=\"shared\" si=\"" + sharedIndex.ToString(CultureInfo.InvariantCulture) + "\"/><v>" + cachedLiteral + "</v>");

    /// <summary>A shared-formula master cell.</summary>
    public static RawCell SharedFormulaMaster(string formula, string reference, int sharedIndex, string cachedLiteral) =>
        new(string.Empty, "<f t=\"shared\" ref=\"" + reference + "\" si=\"" + sharedIndex.ToString(CultureInfo.InvariantCulture) + "\">" + SecurityElement.Escape(formula) + "</f><v>" + cachedLiteral + "</v>");

    private static string StyleAttribute(int style) =>
        style == 0 ? string.Empty : "s=\"" + style.ToString(CultureInfo.InvariantCulture) + "\"";
}
