namespace FederationFunctions.Core.Validation;

/// <summary>The outcome of an upload, exactly as <c>centre-workbook-v1.md</c> names them.</summary>
public enum UploadOutcome
{
    /// <summary><c>Acceptée</c>: no error, no warning.</summary>
    Acceptee,
    /// <summary><c>Acceptée avec avertissements</c>: warnings only.</summary>
    AccepteeAvecAvertissements,
    /// <summary><c>Rejetée</c>: at least one error, or the file itself is refused.</summary>
    Rejetee,
    /// <summary><c>Doublon</c>: same content as the current version.</summary>
    Doublon,
    /// <summary><c>Remplacée</c>: a later upload became current.</summary>
    Remplacee,
}
