namespace FederationFunctions.Core.Model;

/// <summary>The two departments of the federation. Values are the department numbers.</summary>
public enum Department
{
    /// <summary>Nord (59).</summary>
    Nord = 59,
    /// <summary>Pas-de-Calais (62).</summary>
    PasDeCalais = 62,
}
