using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>The <c>Périmètre</c> values of indicators other than territory and action codes.</summary>
public static class IndicatorScopes
{
    public const string Federation = "FED";
    public const string Nord = "59";
    public const string PasDeCalais = "62";

    /// <summary>FED, 59, 62 in the order the indicator list uses.</summary>
    public static IReadOnlyList<string> FederationAndDepartments { get; } = [Federation, Nord, PasDeCalais];

    public static string Of(Department department) => ((int)department).ToString(CultureInfo.InvariantCulture);
}
