using System.Globalization;
using System.Text;
using System.Xml;
using FederationFunctions.Core.Tests.Workbooks;
using Xunit.Abstractions;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// A deterministic mutation fuzzer for <see cref="FederationFunctions.Core.Workbooks.Xlsx.WorksheetPartParser"/>: producer-shaped
/// parts (<see cref="WorksheetXmlCases.FuzzSeeds"/>) mutated byte by byte (XML-significant bytes, bytes that break UTF-8,
/// XML tokens, dropped, duplicated and truncated slices); each mutant must be read, or refused with an exception the reader
/// takes for malformed input (<see cref="WorksheetPartReading.UnexpectedOutcome"/>), never with another one. Mutant <c>m</c> of seed <c>s</c> is built from <c>new Random(RandomSeed(s, m))</c> alone, so
/// that a failure can be rebuilt with <see cref="Mutant"/>.
/// </summary>
public class WorksheetPartMutationTests(ITestOutputHelper output)
{
    private const int MutantsPerSeed = 350;

    private static readonly byte[] Alphabet =
    [
        .. "<>/=\"'&;#x:! ?-[]"u8,
        .. "acfrstvAZ019"u8,
        0x00, 0x01, 0x0D, 0x0A, 0x09, 0xC3, 0xEF, 0xFF, 0x80, 0xBF,
    ];

    /// <summary>Bytes that keep a part well formed when they replace a letter, digit or space in a value (they change what the value says).</summary>
    private static readonly byte[] ValueAlphabet = [.. "0123456789 .-+eE$_xXABFZsbnrtdv\t"u8];

    private static readonly string[] Tokens =
    [
        "<c>", "</c>", "<v>", "</v>", "<row>", "</row>", "<c r=\"B1\">", "<c t=\"s\">", "<c t=\"inlineStr\"><is><t>", "</t></is></c>", "<f>", "</f>",
        "<is>", "<t>", "</t>", "<r>", "<rPh>", "<x:c>", "</x:c>", "<mergeCell ref=\"A1:B2\"/>", "<sheetData>", "</sheetData>", "<extLst>", "/>",
        " r=\"A1\"", " r=\"XFD1\"", " r=\"7\"", " t=\"s\"", " t=\"b\"", " t=\"e\"", " t=\"str\"", " t=\"d\"", " t=\"n\"", " s=\"1\"", " xmlns:x=\"urn:x\"", " x:r=\"C1\"", " xmlns:r=\"D1\"",
        " xml:space=\"preserve\"", "x:", "&amp;", "&lt;", "&#233;", "&#x1F600;", "&#13;", "&#0;", "&#xD800;", "&nbsp;", "&", "_x000D_", "_x0041_",
        "<![CDATA[1]]>", "<!-- c -->", "<?pi x?>", "<!DOCTYPE x>", "]]>", "\r\n", "\r", "\t", " ", "é", "😀", "\u00A0", "-0", "1e400", "NaN", "abc", "99",
    ];

    private static readonly Lazy<IReadOnlyList<FuzzRun>> Runs = new(RunAll);

    [Fact]
    public void Mutants_AreReadOrRefusedAsMalformed()
    {
        var failures = Runs.Value.Where(run => run.Unexpected is not null).ToList();

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {Runs.Value.Count} mutants threw an unexpected exception. The first ones:\n\n"
            + string.Join("\n\n", failures.Take(5).Select(run => run.Describe())));
    }

    [Fact]
    public void Seeds_AreRead()
    {
        foreach (var seed in WorksheetXmlCases.FuzzSeeds())
        {
            var outcome = WorksheetPartReading.Read(seed.Bytes, seed.Settings);
            Assert.True(outcome.Result is not null, $"{seed.Name}: {outcome}");
        }
    }

    [Fact]
    public void Mutants_AreOftenStillReadable()
    {
        var readable = Runs.Value.Count(run => run.Outcome.Result is not null);
        output.WriteLine(
            $"{Runs.Value.Count} mutants: {readable} read, {Runs.Value.Count(run => run.Outcome.Exception is XmlException)} not well formed, "
            + $"{Runs.Value.Count(run => run.Outcome.Exception is InvalidDataException)} with a cell that cannot be read.");

        // Mutants that stay well formed reach the cell decoder: the mutations must not be so destructive that none does.
        Assert.True(readable >= Runs.Value.Count / 7, $"Only {readable} of {Runs.Value.Count} mutants are read: the mutations are too destructive to test much.");
    }

    /// <summary>The random seed of mutant <paramref name="mutantIndex"/> of fuzz seed <paramref name="seedIndex"/>.</summary>
    internal static int RandomSeed(int seedIndex, int mutantIndex) => unchecked(((seedIndex + 1) * 1_000_003) + mutantIndex);

    /// <summary>Rebuilds one mutant, with the settings it is read with.</summary>
    internal static (byte[] Bytes, WorksheetParseSettings Settings) Mutant(int seedIndex, int mutantIndex)
    {
        var seed = WorksheetXmlCases.FuzzSeeds()[seedIndex];
        var random = new Random(RandomSeed(seedIndex, mutantIndex));
        var bytes = new List<byte>(seed.Bytes);
        // Mostly one mutation: a part broken in three places is rarely well formed, and a well-formed mutant tests more.
        var mutations = random.Next(10) switch
        {
            < 6 => 1,
            < 9 => 2,
            _ => 3,
        };
        for (var i = 0; i < mutations; i++)
        {
            Mutate(bytes, random);
        }

        // Now and then a small row limit, so that mutants also stop early.
        var settings = random.Next(6) == 0 ? seed.Settings with { MaxNonBlankRows = random.Next(4) } : seed.Settings;
        return ([.. bytes], settings);
    }

    private static void Mutate(List<byte> bytes, Random random)
    {
        var position = random.Next(bytes.Count + 1);
        switch (random.Next(14))
        {
            case 12:
            case 13:
                // Insert a byte where a name starts (after '<', '</', ':' or a space): the first character of a name, a prefix or a local name has its own rules.
                for (var attempt = 0; attempt < 20 && bytes.Count > 0; attempt++)
                {
                    var at = random.Next(bytes.Count);
                    if (bytes[at] is (byte)'<' or (byte)'/' or (byte)':' or (byte)' ')
                    {
                        // Digits, '.' and '-' may be in a name, not first in it (nor first after the prefix's colon).
                        bytes.Insert(at + 1, random.Next(2) == 0 ? "0123456789.-"u8[random.Next(12)] : Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    }
                }

                break;
            case 10:
            case 11:
                // Change a letter, digit or space into another (mostly in values: a changed name breaks the part).
                for (var attempt = 0; attempt < 20 && bytes.Count > 0; attempt++)
                {
                    var at = random.Next(bytes.Count);
                    if (char.IsAsciiLetterOrDigit((char)bytes[at]) || bytes[at] == (byte)' ')
                    {
                        bytes[at] = ValueAlphabet[random.Next(ValueAlphabet.Length)];
                        break;
                    }
                }

                break;
            case 0:
                // Delete a byte.
                if (position < bytes.Count)
                {
                    bytes.RemoveAt(position);
                }

                break;
            case 1:
                // Delete a short run.
                bytes.RemoveRange(position, Math.Min(1 + random.Next(8), bytes.Count - position));
                break;
            case 2:
                // Insert a byte.
                bytes.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                break;
            case 3:
                // Insert a short run.
                var run = new byte[1 + random.Next(4)];
                for (var i = 0; i < run.Length; i++)
                {
                    run[i] = Alphabet[random.Next(Alphabet.Length)];
                }

                bytes.InsertRange(position, run);
                break;
            case 4:
            case 5:
                // Replace a byte.
                if (position < bytes.Count)
                {
                    bytes[position] = Alphabet[random.Next(Alphabet.Length)];
                }

                break;
            case 6:
                // Insert an XML token.
                bytes.InsertRange(position, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
            case 7:
                // Duplicate a slice elsewhere.
                var start = random.Next(bytes.Count);
                var slice = bytes.GetRange(start, Math.Min(1 + random.Next(60), bytes.Count - start));
                bytes.InsertRange(random.Next(bytes.Count + 1), slice);
                break;
            case 8:
                // Drop a slice.
                bytes.RemoveRange(position, Math.Min(1 + random.Next(60), bytes.Count - position));
                break;
            default:
                // Truncate (rarely: it only tests the end of the part).
                if (random.Next(3) == 0)
                {
                    bytes.RemoveRange(position, bytes.Count - position);
                }
                else
                {
                    bytes.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                }

                break;
        }
    }

    private static List<FuzzRun> RunAll()
    {
        var runs = new List<FuzzRun>();
        var seeds = WorksheetXmlCases.FuzzSeeds();
        for (var seedIndex = 0; seedIndex < seeds.Count; seedIndex++)
        {
            for (var mutantIndex = 0; mutantIndex < MutantsPerSeed; mutantIndex++)
            {
                var (bytes, settings) = Mutant(seedIndex, mutantIndex);
                var outcome = WorksheetPartReading.Read(bytes, settings);
                runs.Add(new FuzzRun(seeds[seedIndex].Name, seedIndex, mutantIndex, bytes, settings, outcome, WorksheetPartReading.UnexpectedOutcome(outcome)));
            }
        }

        return runs;
    }

    private sealed record FuzzRun(string SeedName, int SeedIndex, int MutantIndex, byte[] Bytes, WorksheetParseSettings Settings, ParseOutcome Outcome, string? Unexpected)
    {
        public string Describe() => string.Create(
            CultureInfo.InvariantCulture,
            $"Seed \"{SeedName}\" (#{SeedIndex}), mutant {MutantIndex} (Mutant({SeedIndex}, {MutantIndex}), random seed {RandomSeed(SeedIndex, MutantIndex)}), row limit {Settings.MaxNonBlankRows}\n"
            + $"{Unexpected ?? Outcome.ToString()}\nMutant: {WorksheetPartReading.Escape(Bytes)}");
    }
}
