using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// An <see cref="XmlReader"/> over another that refuses elements nested deeper than <see cref="SecureXml.MaxElementDepth"/>:
/// an XmlReader keeps a frame per open element, so a part of a few megabytes that only opens elements would otherwise
/// cost hundreds of megabytes before it is found to be broken. Every read (including <see cref="XmlReader.Skip"/>,
/// <see cref="XmlReader.MoveToContent"/> and the content helpers, which read through <see cref="Read"/>) is checked.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner) : XmlReader
{
    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool HasValue => inner.HasValue;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override XmlReaderSettings? Settings => inner.Settings;

    public override string Value => inner.Value;

    public override string XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    public override bool Read()
    {
        var read = inner.Read();
        if (read && inner.NodeType == XmlNodeType.Element && inner.Depth > SecureXml.MaxElementDepth)
        {
            throw SecureXml.NestedTooDeep();
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
