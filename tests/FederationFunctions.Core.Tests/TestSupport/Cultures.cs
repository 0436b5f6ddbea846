using System.Globalization;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>Runs an assertion under several current cultures: results must not change with <see cref="CultureInfo.CurrentCulture"/>.</summary>
public static class Cultures
{
    public static readonly string[] Names = ["fr-FR", "en-US", "tr-TR", "de-DE"];

    public static async Task ForEachAsync(Func<Task> assertion)
    {
        using var scope = new CurrentCultureScope();
        foreach (var name in Names)
        {
            CurrentCultureScope.Use(name);
            await assertion();
        }
    }

    public static void ForEach(Action assertion)
    {
        using var scope = new CurrentCultureScope();
        foreach (var name in Names)
        {
            CurrentCultureScope.Use(name);
            assertion();
        }
    }

    /// <summary>Restores the current culture and UI culture it found when disposed.</summary>
    private sealed class CurrentCultureScope : IDisposable
    {
        private readonly CultureInfo _original = CultureInfo.CurrentCulture;
        private readonly CultureInfo _originalUi = CultureInfo.CurrentUICulture;

        public static void Use(string name)
        {
            var culture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _original;
            CultureInfo.CurrentUICulture = _originalUi;
        }
    }
}
