using System.CommandLine;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>
/// <c>--help</c> in French. System.CommandLine 2.0.0 ships French resources (selected through the UI culture, see
/// <see cref="FederationCommandLine.RunAsync"/>), but leaves a few help texts untranslated in them (<c>Description:</c>,
/// <c>[command]</c>, <c>(REQUIRED)</c>, the help option's own description), and names an option's value after the option
/// (<c>--year &lt;year&gt;</c>). Its help builder is internal, so its page is kept and those few words are put into
/// French: the help option's description and the value names are set on the options, and the two titles are replaced
/// in what System.CommandLine writes (<see cref="Translate"/>).
/// </summary>
internal static class FrenchHelp
{
    public const string HelpOptionDescription = "Affiche l'aide et l'utilisation de la commande.";

    private static readonly (string English, string French)[] Untranslated =
    [
        ("Description:", "Description :"),
        ("[command]", "[commande]"),
        ("(REQUIRED)", "(obligatoire)"),
        ("Show help and usage information", HelpOptionDescription),
    ];

    /// <summary>The French name of each option's value in the help (<c>--year &lt;année&gt;</c>).</summary>
    private static readonly Dictionary<string, string> ValueNames = new(StringComparer.Ordinal)
    {
        ["--year"] = "année",
        ["--connection"] = "chaîne",
        ["--out"] = "chemin",
        ["--reference"] = "fichier",
        ["--manifest"] = "fichier",
        ["--structure"] = "code",
        ["--structures"] = "nombre",
        ["--max"] = "nombre",
        ["--seed"] = "graine",
        ["--step"] = "étape",
        ["--interval"] = "secondes",
        ["--schedule"] = "cron",
        ["--kind"] = "nature",
    };

    /// <summary>Sets the help option's French description and the options' French value names, in the whole tree.</summary>
    public static void Apply(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            if (option is System.CommandLine.Help.HelpOption)
            {
                option.Description = HelpOptionDescription;
            }
            else if (option.HelpName is null && ValueNames.TryGetValue(option.Name, out var valueName))
            {
                option.HelpName = valueName;
            }
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand);
        }
    }

    /// <summary>What System.CommandLine wrote (help, version), with its untranslated words in French.</summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (english, french) in Untranslated)
        {
            text = text.Replace(english, french, StringComparison.Ordinal);
        }

        return text;
    }
}
