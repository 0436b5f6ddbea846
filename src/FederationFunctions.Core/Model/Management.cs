namespace FederationFunctions.Core.Model;

/// <summary>How a structure is run.</summary>
public enum Management
{
    Associatif,
    Municipal,
}
