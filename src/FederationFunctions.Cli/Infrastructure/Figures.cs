using System.Globalization;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>French display of figures: « 1 234 », « 1 234,50 € », « 87 % ».</summary>
internal static class Figures
{
    private static readonly CultureInfo French = Core.FrenchText.Culture;

    public static string Count(decimal? value) => value is null ? "—" : value.Value.ToString("#,0.##", French);

    public static string Money(decimal? value) => value is null ? "—" : value.Value.ToString("#,0.00", French) + " €";

    public static string Rate(decimal? value) => value is null ? "—" : (value.Value * 100m).ToString("0.#", French) + " %";
}
