using System.Globalization;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Prints validation issues, one line each: severity, location, French message.</summary>
internal static class IssuePrinter
{
    public static async Task WriteAsync(TextWriter writer, IEnumerable<ValidationIssue> issues)
    {
        foreach (var issue in issues)
        {
            await writer.WriteLineAsync(Format(issue)).ConfigureAwait(false);
        }
    }

    /// <summary>e.g. <c>  ERREUR        Formations!D7  Formations, ligne 7, colonne D (Salariés formés) : « douze » …</c>.</summary>
    public static string Format(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var severity = issue.Severity.ToCode();
        return string.Create(CultureInfo.InvariantCulture, $"  {severity,-13} {Location(issue),-16} {issue.Message}");
    }

    /// <summary><c>Feuille!D7</c>, <c>Feuille!7</c>, <c>Feuille</c>, or <c>fichier</c> for a file-level problem.</summary>
    public static string Location(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.Sheet is null)
        {
            return "fichier";
        }

        var cell = (issue.Column, issue.Row) switch
        {
            ({ } column, { } row) => column + row.ToString(CultureInfo.InvariantCulture),
            (null, { } row) => "ligne " + row.ToString(CultureInfo.InvariantCulture),
            ({ } column, null) => "colonne " + column,
            _ => null,
        };
        return cell is null ? issue.Sheet : issue.Sheet + "!" + cell;
    }
}
