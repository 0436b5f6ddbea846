namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Thrown by <see cref="Utf8XmlTokenizer"/> when a part uses XML it leaves to <see cref="System.Xml.XmlReader"/> (another
/// encoding, a DOCTYPE, CDATA, a comment, a processing instruction, a name outside ASCII) or is not well formed: the
/// caller reads the part again with an XmlReader, which decides. Never escapes the reader.
/// </summary>
internal sealed class XmlFastPathUnsupportedException : Exception
{
    public XmlFastPathUnsupportedException()
        : base("The part uses XML the UTF-8 fast path does not read.")
    {
    }

    public XmlFastPathUnsupportedException(string message)
        : base(message)
    {
    }

    public XmlFastPathUnsupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
