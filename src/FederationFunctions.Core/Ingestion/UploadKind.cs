namespace FederationFunctions.Core.Ingestion;

/// <summary>What an upload is, by its container.</summary>
public enum UploadKind
{
    /// <summary>A centre workbook in <c>uploads/{structureCode}/{fileName}</c>.</summary>
    Centre,
    /// <summary>A reference workbook in <c>reference/{year}/{fileName}</c>.</summary>
    Reference,
}
