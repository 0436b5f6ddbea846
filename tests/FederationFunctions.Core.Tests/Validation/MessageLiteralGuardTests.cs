using System.Text.RegularExpressions;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>
/// A guard over every text a person reads (issue 12, point 5): the French sentences written in the source of the
/// product (validation messages, file refusals, feedback, reports, command output, pages) must not carry a hard-coded
/// example year (an example date or year must be the workbook's, passed through) nor a number with a decimal point
/// (French writes 2,5). Format strings and interpolation holes are left out: only the sentence text is read.
/// </summary>
public partial class MessageLiteralGuardTests
{
    private static readonly string[] ProductFolders =
    [
        "src/FederationFunctions.Core",
        "src/FederationFunctions.Cli",
        "src/FederationFunctions.Web",
        "src/FederationFunctions",
    ];

    [Fact]
    public void FrenchSentencesInTheSource_HaveNoHardCodedExampleYearNorDecimalPoint()
    {
        var offences = new List<string>();
        foreach (var file in ProductFiles())
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                var trimmed = line.TrimStart();
                if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("@*", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(line))
                {
                    var text = InterpolationHole().Replace(literal.Value, string.Empty);
                    if (!text.Contains(' ', StringComparison.Ordinal) || !Letter().IsMatch(text))
                    {
                        continue;
                    }

                    var where = $"{Path.GetRelativePath(RepositoryRoot(), file)}:{lineNumber}: {text}";
                    if (LiteralDate().IsMatch(text))
                    {
                        offences.Add("date écrite en dur : " + where);
                    }
                    else if (ExampleYear().IsMatch(text))
                    {
                        offences.Add("année d'exemple écrite en dur : " + where);
                    }

                    if (DotDecimal().IsMatch(text))
                    {
                        offences.Add("nombre à point décimal : " + where);
                    }
                }
            }
        }

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [InlineData("\"Saisissez une date au format jj/mm/aaaa, par exemple 15/03/2023.\"", true)]
    [InlineData("\"Saisissez l'année sur 4 chiffres, par exemple 2023.\"", true)]
    [InlineData("\"la valeur vaut 2.5 en moyenne\"", true)]
    [InlineData("$\"Saisissez une date de l'année {year}, par exemple {FrenchText.ExampleDate(year)}.\"", false)]
    [InlineData("$\"maintenant en {summary.Duration.TotalSeconds:0.0} s\"", false)]
    [InlineData("\"n'est pas une année (2000 à 2100).\"", false)]
    [InlineData("\"hôte local sur 127.0.0.1 seulement\"", false)]
    public void Guard_KnownLiterals_FlagsOnlyHardCodedYearsAndDecimalPoints(string literal, bool flagged)
    {
        var text = InterpolationHole().Replace(literal, string.Empty);

        Assert.Equal(flagged, LiteralDate().IsMatch(text) || ExampleYear().IsMatch(text) || DotDecimal().IsMatch(text));
    }

    private static IEnumerable<string> ProductFiles() =>
        ProductFolders
            .Select(folder => Path.Combine(RepositoryRoot(), folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.TopDirectoryOnly)
                .Concat(Directory.EnumerateDirectories(folder)
                    .Where(d => Path.GetFileName(d) is not ("bin" or "obj"))
                    .SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FederationFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FederationFunctions.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A C# string literal on one line (regular, interpolated or verbatim).</summary>
    [GeneratedRegex(@"""(?:[^""\\\r\n]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    /// <summary>An interpolation hole <c>{…}</c> (with its format), which is code, not text.</summary>
    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex InterpolationHole();

    [GeneratedRegex(@"\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    /// <summary>A date written out: <c>15/03/2023</c>.</summary>
    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LiteralDate();

    /// <summary>A year given as an example: <c>par exemple 2023</c>, <c>par exemple reference/2024/…</c>.</summary>
    [GeneratedRegex(@"par exemple[^.]*?\b(19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleYear();

    /// <summary>A number with a decimal point (<c>2.5</c>), not part of a version or an address (<c>v1.1</c>, <c>127.0.0.1</c>).</summary>
    [GeneratedRegex(@"(?<![\w.])\d+\.\d+(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex DotDecimal();
}
