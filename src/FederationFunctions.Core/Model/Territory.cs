namespace FederationFunctions.Core.Model;

/// <summary>A territorial assembly (<c>Territoires</c> sheet).</summary>
public sealed record Territory(string Code, string Name, Department Department);
