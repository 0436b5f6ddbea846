using System.Globalization;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>Runs an assertion under several current cultures: results must not change with <see cref="CultureInfo.CurrentCulture"/>.</summary>
public static class Cultures
{
    public static readonly string[] Names = ["fr-FR", "en-US", "tr-TR", "de-DE"];

    public static async Task ForEachAsync(Func<Task> assertion)
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in Names)
            {
                var culture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                await assertion();
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    public static void ForEach(Action assertion)
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in Names)
            {
                var culture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                assertion();
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }
}
