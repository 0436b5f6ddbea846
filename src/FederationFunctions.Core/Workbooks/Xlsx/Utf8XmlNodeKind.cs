namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>The node a <see cref="Utf8XmlTokenizer"/> is on.</summary>
internal enum Utf8XmlNodeKind
{
    None,
    StartElement,
    EndElement,
    Text,
    EndOfDocument,
}
