using System.Text;

namespace FederationFunctions.Web.Queries;

/// <summary>
/// The follow-up list as French Excel opens it for a mail merge: UTF-8 with a byte order mark, <c>;</c> between fields, CRLF
/// lines, fields quoted when needed (RFC 4180). A text that Excel would run as a formula (starting with <c>=</c>, <c>@</c>, or
/// <c>+</c>/<c>-</c> not followed by a number) is prefixed with an apostrophe.
/// </summary>
public static class FollowUpCsv
{
    private static readonly string[] Headers =
        ["Code", "Structure", "Territoire", "Département", "Statut", "Motif du dernier rejet", "Contact", "Courriel", "Téléphone", "Lien de dépôt"];

    public static byte[] Write(IEnumerable<FollowUpEntry> entries, Func<string, string> linkFor)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(linkFor);
        var text = new StringBuilder();
        AppendLine(text, Headers);
        foreach (var e in entries)
        {
            AppendLine(text, [e.StructureCode, e.Name, e.Territory, e.Department, e.StatusLabel, e.RejectionReason, e.ContactName, e.ContactEmail, e.ContactPhone, linkFor(e.StructureCode)]);
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(';');
            }

            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (IsFormulaLike(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsFormulaLike(string value) => value[0] switch
    {
        '=' or '@' or '\t' or '\r' => true,
        '+' or '-' => !(value.Length > 1 && (char.IsAsciiDigit(value[1]) || value[1] == ' ' || value[1] == '(')),
        _ => false,
    };
}
