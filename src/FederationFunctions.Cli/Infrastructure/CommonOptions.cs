using System.CommandLine;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The development storage connection string, used when nothing else is configured.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>The setting and environment variable that hold the storage connection string.</summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary><c>--verbose</c>: recursive, shows stack traces on errors.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Affiche le détail des erreurs (trace de pile).",
        Recursive = true,
    };

    /// <summary>A fresh <c>--connection</c> option for a storage command.</summary>
    public static Option<string?> Connection() => new("--connection", "-c")
    {
        Description = "Chaîne de connexion du compte de stockage (sinon le paramètre AzureWebJobsStorage, sinon UseDevelopmentStorage=true).",
    };

    /// <summary>A fresh required <c>--year</c> option.</summary>
    public static Option<int> Year(bool required = true)
    {
        var option = new Option<int>("--year", "-y") { Description = "Année d'activité, sur 4 chiffres.", Required = required };
        AddRange(option, 2000, 2100, "L'année doit être comprise entre 2000 et 2100.");
        return option;
    }

    /// <summary>Refuses a whole number outside [min, max] with a French message (a token that is not a number is left to the parser's own error).</summary>
    public static void AddRange(Option<int> option, int min, int max, string message)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && (value < min || value > max))
            {
                result.AddError(message);
            }
        });
    }
}
