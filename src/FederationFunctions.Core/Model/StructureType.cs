namespace FederationFunctions.Core.Model;

/// <summary>Centre social (CS) or espace de vie sociale (EVS).</summary>
public enum StructureType
{
    CS,
    EVS,
}
