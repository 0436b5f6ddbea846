using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// A forward-only, allocation-free XML tokenizer over a UTF-8 stream, for the subset of XML that spreadsheet producers
/// write: an optional UTF-8 byte order mark and <c>&lt;?xml version="1.0" encoding="UTF-8"?&gt;</c> declaration, then
/// elements with ASCII names, attributes, text, the five predefined entities and character references.
/// <para>
/// It checks well-formedness as it goes (matching end tags, one root, quoted and unique attributes, declared prefixes,
/// characters XML allows, valid UTF-8, no <c>]]&gt;</c> in text) and throws <see cref="XmlFastPathUnsupportedException"/>
/// for anything outside the subset or not well formed, so that the caller reads the part with an XmlReader instead:
/// it never accepts a part an XmlReader (with <see cref="SecureXml"/>'s settings) would reject.
/// </para>
/// Names and values are spans into the tokenizer's buffer, valid until the next <see cref="Read"/>.
/// </summary>
internal sealed class Utf8XmlTokenizer : IDisposable
{
    private const int InitialBufferBytes = 64 * 1024;

    /// <summary>A single tag or text node longer than this is left to the XmlReader.</summary>
    private const int MaxBufferBytes = 4 * 1024 * 1024;

    /// <summary>A longer element or attribute name is left to the XmlReader (open element names are copied here).</summary>
    private const int MaxNameBytes = 1024;

    /// <summary>Up to this many attributes, duplicates are looked for pair by pair; beyond, by sorting the names.</summary>
    private const int PairwiseDuplicateCheckLimit = 16;

    /// <summary>More prefixes in scope than producers write: left to the XmlReader, so that prefix lookups stay cheap.</summary>
    private const int MaxPrefixesInScope = 128;

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Bytes of text that need a closer look: control characters, markup-significant bytes, and non-ASCII.</summary>
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create(BuildSpecials(includeLessThan: false));

    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create(BuildSpecials(includeLessThan: true));

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _position;
    private int _end;
    private bool _streamEnded;
    private bool _atDocumentStart = true;
    private bool _rootSeen;

    // The open elements: their qualified names, copied into an arena (the buffer moves), and the namespace scopes.
    private byte[] _nameArena = new byte[256];
    private int[] _openNameStarts = new int[16];
    private int[] _openScopeMarks = new int[16];
    private int _openCount;
    private readonly List<byte[]> _declaredPrefixes = [];
    private int _pendingScopeMark = -1;

    // The current node.
    private int _nameStart;
    private int _nameLength;
    private int _localNameOffset;
    private int _textStart;
    private int _textLength;
    private Attribute[] _attributes = new Attribute[8];
    private int[] _attributeOrder = [];
    private Comparison<int>? _compareQualifiedNames;
    private Comparison<int>? _compareLocalNames;
    private readonly CharBuffer _attributeValue = new();

    public Utf8XmlTokenizer(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    }

    public Utf8XmlNodeKind Kind { get; private set; }

    /// <summary>Like <see cref="System.Xml.XmlReader.Depth"/>: 0 for the root element, 1 for its children and its text.</summary>
    public int Depth { get; private set; }

    public bool IsEmptyElement { get; private set; }

    /// <summary>The element's name without its prefix (start and end elements).</summary>
    public ReadOnlySpan<byte> LocalName => _buffer.AsSpan(_nameStart + _localNameOffset, _nameLength - _localNameOffset);

    public int AttributeCount { get; private set; }

    /// <summary>The attribute's name without its prefix (for <c>xmlns:r</c>, <c>r</c>, as XmlReader gives it).</summary>
    public ReadOnlySpan<byte> AttributeLocalName(int index)
    {
        ref readonly var attribute = ref _attributes[index];
        return _buffer.AsSpan(attribute.NameStart + attribute.LocalNameOffset, attribute.NameLength - attribute.LocalNameOffset);
    }

    /// <summary>
    /// The attribute's value as XmlReader gives it: references decoded, each literal tab, line feed or carriage return
    /// (a CR LF pair counting as one) replaced by a space. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<char> AttributeValue(int index)
    {
        ref readonly var attribute = ref _attributes[index];
        _attributeValue.Clear();
        Decode(_buffer.AsSpan(attribute.ValueStart, attribute.ValueLength), _attributeValue, normalizeAttributeWhitespace: true);
        return _attributeValue.Span;
    }

    /// <summary>The index of the attribute with this qualified name (as <c>GetAttribute(name)</c> matches), or -1.</summary>
    public int FindAttribute(ReadOnlySpan<byte> qualifiedName)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref readonly var attribute = ref _attributes[i];
            if (_buffer.AsSpan(attribute.NameStart, attribute.NameLength).SequenceEqual(qualifiedName))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Appends the current text node, decoded as XmlReader gives it (references decoded, CR LF and CR read as LF).</summary>
    public void AppendText(CharBuffer destination) =>
        Decode(_buffer.AsSpan(_textStart, _textLength), destination, normalizeAttributeWhitespace: false);

    /// <summary>Moves to the next node: a start or end element, or text inside the root. False at the end of the document.</summary>
    public bool Read()
    {
        if (_pendingScopeMark >= 0)
        {
            TruncateScopes(_pendingScopeMark);
            _pendingScopeMark = -1;
        }

        if (Kind == Utf8XmlNodeKind.EndOfDocument)
        {
            return false;
        }

        while (true)
        {
            if (_position == _end)
            {
                if (!_streamEnded)
                {
                    Fill(ref _position);
                    continue;
                }

                if (_openCount > 0 || !_rootSeen)
                {
                    throw Unsupported("The document ends inside an element or has no root element.");
                }

                Kind = Utf8XmlNodeKind.EndOfDocument;
                Depth = 0;
                return false;
            }

            if (_atDocumentStart)
            {
                ReadDocumentStart();
                continue;
            }

            if (_buffer[_position] == (byte)'<')
            {
                ReadMarkup();
                return true;
            }

            if (ReadText())
            {
                return true;
            }
        }
    }

    /// <summary>Moves past the current element and everything in it (like <see cref="System.Xml.XmlReader.Skip"/>).</summary>
    public void Skip()
    {
        if (Kind != Utf8XmlNodeKind.StartElement || IsEmptyElement)
        {
            Read();
            return;
        }

        var depth = Depth;
        while (Read())
        {
            if (Kind == Utf8XmlNodeKind.EndElement && Depth == depth)
            {
                Read();
                return;
            }
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static XmlFastPathUnsupportedException Unsupported(string reason) => new(reason);

    /// <summary>A byte order mark and an XML declaration, if any, at the very start of the part.</summary>
    private void ReadDocumentStart()
    {
        while (_end - _position < 9 && !_streamEnded)
        {
            Fill(ref _position);
        }

        var start = _buffer.AsSpan(_position, _end - _position);
        if (start.StartsWith("\uFEFF"u8))
        {
            _position += 3;
            start = start[3..];
        }

        if (start.StartsWith("<?xml"u8) && start.Length > 5 && IsSpace(start[5]))
        {
            int end;
            while ((end = _buffer.AsSpan(_position, _end - _position).IndexOf("?>"u8)) < 0)
            {
                if (_streamEnded)
                {
                    throw Unsupported("The XML declaration is not closed.");
                }

                Fill(ref _position);
            }

            CheckDeclaration(_buffer.AsSpan(_position + 5, end - 5));
            _position += end + 2;
        }
        else if (start.Length > 0 && start[0] != (byte)'<' && !IsSpace(start[0]))
        {
            // UTF-16, UTF-32, EBCDIC or simply not XML.
            throw Unsupported("The part does not start like UTF-8 XML.");
        }

        _atDocumentStart = false;
    }

    /// <summary>The pseudo-attributes of the declaration: version 1.0, an optional UTF-8 encoding, an optional standalone.</summary>
    private static void CheckDeclaration(ReadOnlySpan<byte> content)
    {
        var position = 0;
        var pseudoAttribute = 0;
        string[] names = ["version", "encoding", "standalone"];
        while (true)
        {
            var spaces = 0;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
                spaces++;
            }

            if (position == content.Length)
            {
                if (pseudoAttribute == 0)
                {
                    throw Unsupported("The XML declaration has no version.");
                }

                return;
            }

            if (spaces == 0)
            {
                throw Unsupported("The XML declaration is malformed.");
            }

            var nameEnd = position;
            while (nameEnd < content.Length && content[nameEnd] is >= (byte)'a' and <= (byte)'z')
            {
                nameEnd++;
            }

            var name = Encoding.ASCII.GetString(content[position..nameEnd]);
            while (pseudoAttribute < names.Length && names[pseudoAttribute] != name)
            {
                if (pseudoAttribute == 0)
                {
                    throw Unsupported("The XML declaration must start with its version.");
                }

                pseudoAttribute++;
            }

            if (pseudoAttribute == names.Length)
            {
                throw Unsupported("The XML declaration is malformed.");
            }

            position = nameEnd;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
            }

            if (position == content.Length || content[position] != (byte)'=')
            {
                throw Unsupported("The XML declaration is malformed.");
            }

            position++;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
            }

            if (position == content.Length || content[position] is not ((byte)'"' or (byte)'\''))
            {
                throw Unsupported("The XML declaration is malformed.");
            }

            var quote = content[position];
            var valueEnd = content[(position + 1)..].IndexOf(quote);
            if (valueEnd < 0)
            {
                throw Unsupported("The XML declaration is malformed.");
            }

            var value = content.Slice(position + 1, valueEnd);
            var accepted = pseudoAttribute switch
            {
                0 => value.SequenceEqual("1.0"u8),
                1 => Ascii.EqualsIgnoreCase(value, "utf-8"u8),
                _ => value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8),
            };
            if (!accepted)
            {
                throw Unsupported("The XML declaration names a version, encoding or standalone value the fast path leaves to XmlReader.");
            }

            position += valueEnd + 2;
            pseudoAttribute++;
        }
    }

    /// <summary>Text up to the next <c>&lt;</c>. Returns false for white space outside the root, which is not reported.</summary>
    private bool ReadText()
    {
        var start = _position;
        var scanned = 0;
        int length;
        while (true)
        {
            var found = _buffer.AsSpan(start + scanned, _end - start - scanned).IndexOf((byte)'<');
            if (found >= 0)
            {
                length = scanned + found;
                break;
            }

            if (_streamEnded)
            {
                length = _end - start;
                break;
            }

            scanned = _end - start;
            Fill(ref start);
        }

        var text = _buffer.AsSpan(start, length);
        _position = start + length;
        if (_openCount == 0)
        {
            if (text.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                throw Unsupported("Text outside the root element.");
            }

            return false;
        }

        CheckCharacters(text, inAttribute: false);
        Kind = Utf8XmlNodeKind.Text;
        Depth = _openCount;
        IsEmptyElement = false;
        AttributeCount = 0;
        _textStart = start;
        _textLength = length;
        return true;
    }

    private void ReadMarkup()
    {
        var start = _position;
        while (true)
        {
            if (_end - start >= 2)
            {
                var second = _buffer[start + 1];
                if (second is (byte)'?' or (byte)'!')
                {
                    throw Unsupported("Comments, CDATA, DOCTYPE and processing instructions are left to XmlReader.");
                }

                var complete = second == (byte)'/' ? TryScanEndTag(start) : TryScanStartTag(start);
                if (complete)
                {
                    return;
                }
            }

            if (_streamEnded)
            {
                throw Unsupported("The part ends inside a tag.");
            }

            Fill(ref start);
        }
    }

    private bool TryScanEndTag(int start)
    {
        var position = start + 2;
        if (!TryScanName(ref position, out var colon))
        {
            return false;
        }

        var nameLength = position - start - 2;
        while (position < _end && IsSpace(_buffer[position]))
        {
            position++;
        }

        if (position == _end)
        {
            return false;
        }

        if (_buffer[position] != (byte)'>')
        {
            throw Unsupported("An end tag is malformed.");
        }

        if (_openCount == 0)
        {
            throw Unsupported("An end tag closes no element.");
        }

        var openStart = _openNameStarts[_openCount - 1];
        var openName = _nameArena.AsSpan(openStart, _openNameStarts[_openCount] - openStart);
        if (!openName.SequenceEqual(_buffer.AsSpan(start + 2, nameLength)))
        {
            throw Unsupported("An end tag does not match its start tag.");
        }

        _openCount--;
        TruncateScopes(_openScopeMarks[_openCount]);
        Kind = Utf8XmlNodeKind.EndElement;
        Depth = _openCount;
        IsEmptyElement = false;
        AttributeCount = 0;
        _nameStart = start + 2;
        _nameLength = nameLength;
        _localNameOffset = colon < 0 ? 0 : colon - _nameStart + 1;
        _position = position + 1;
        return true;
    }

    private bool TryScanStartTag(int start)
    {
        var position = start + 1;
        if (!TryScanName(ref position, out var colon))
        {
            return false;
        }

        var nameLength = position - start - 1;
        var attributeCount = 0;
        bool isEmpty;
        while (true)
        {
            if (position == _end)
            {
                return false;
            }

            var current = _buffer[position];
            if (current == (byte)'>')
            {
                isEmpty = false;
                position++;
                break;
            }

            if (current == (byte)'/')
            {
                if (position + 1 == _end)
                {
                    return false;
                }

                if (_buffer[position + 1] != (byte)'>')
                {
                    throw Unsupported("A tag is malformed.");
                }

                isEmpty = true;
                position += 2;
                break;
            }

            if (!IsSpace(current))
            {
                throw Unsupported("Attributes must be separated by white space.");
            }

            while (position < _end && IsSpace(_buffer[position]))
            {
                position++;
            }

            if (position == _end)
            {
                return false;
            }

            if (_buffer[position] is (byte)'>' or (byte)'/')
            {
                continue;
            }

            var attributeStart = position;
            if (!TryScanName(ref position, out var attributeColon))
            {
                return false;
            }

            var attributeNameLength = position - attributeStart;
            while (position < _end && IsSpace(_buffer[position]))
            {
                position++;
            }

            if (position == _end)
            {
                return false;
            }

            if (_buffer[position] != (byte)'=')
            {
                throw Unsupported("An attribute has no value.");
            }

            position++;
            while (position < _end && IsSpace(_buffer[position]))
            {
                position++;
            }

            if (position == _end)
            {
                return false;
            }

            var quote = _buffer[position];
            if (quote is not ((byte)'"' or (byte)'\''))
            {
                throw Unsupported("An attribute value is not quoted.");
            }

            var valueStart = position + 1;
            var valueLength = _buffer.AsSpan(valueStart, _end - valueStart).IndexOf(quote);
            if (valueLength < 0)
            {
                return false;
            }

            CheckCharacters(_buffer.AsSpan(valueStart, valueLength), inAttribute: true);
            if (attributeCount == _attributes.Length)
            {
                Array.Resize(ref _attributes, attributeCount * 2);
            }

            _attributes[attributeCount++] = new Attribute(
                attributeStart,
                attributeNameLength,
                attributeColon < 0 ? 0 : attributeColon - attributeStart + 1,
                valueStart,
                valueLength);
            position = valueStart + valueLength + 1;
        }

        if (_openCount == 0 && _rootSeen)
        {
            throw Unsupported("A second root element.");
        }

        _rootSeen = true;
        Kind = Utf8XmlNodeKind.StartElement;
        Depth = _openCount;
        IsEmptyElement = isEmpty;
        AttributeCount = attributeCount;
        _nameStart = start + 1;
        _nameLength = nameLength;
        _localNameOffset = colon < 0 ? 0 : colon - _nameStart + 1;
        _position = position;

        var scopeMark = _declaredPrefixes.Count;
        CheckNamespacesAndAttributes(colon);
        if (Depth > SecureXml.MaxElementDepth)
        {
            // Refused, not left to XmlReader: the fallback refuses it too (DepthLimitedXmlReader), at the same element.
            throw SecureXml.NestedTooDeep();
        }

        if (isEmpty)
        {
            _pendingScopeMark = scopeMark;
        }
        else
        {
            Push(_buffer.AsSpan(_nameStart, nameLength), scopeMark);
        }

        return true;
    }

    /// <summary>
    /// Scans a qualified name (ASCII name characters, at most one colon, neither first nor last). False when the buffer
    /// ends before the name does; throws when the name is not one the fast path reads.
    /// </summary>
    private bool TryScanName(ref int position, out int colon)
    {
        colon = -1;
        var start = position;
        if (position == _end)
        {
            return false;
        }

        if (!IsNameStartByte(_buffer[position]))
        {
            throw Unsupported("A name starts with a character the fast path does not read.");
        }

        position++;
        while (position < _end && IsNameByte(_buffer[position]))
        {
            if (_buffer[position] == (byte)':')
            {
                if (colon >= 0)
                {
                    throw Unsupported("A name has two colons.");
                }

                colon = position;
            }

            position++;
        }

        if (position - start > MaxNameBytes)
        {
            throw Unsupported("A name longer than the fast path reads.");
        }

        if (position == _end)
        {
            return false;
        }

        var next = _buffer[position];
        if (!IsSpace(next) && next is not ((byte)'>' or (byte)'/' or (byte)'='))
        {
            throw Unsupported("A name holds a character the fast path does not read.");
        }

        if (colon == start || colon == position - 1)
        {
            throw Unsupported("A prefix or local name is empty.");
        }

        if (colon >= 0 && !IsNameStartByte(_buffer[colon + 1]))
        {
            // A local name starts like a name: "x:9c" and "x:.c" are not qualified names.
            throw Unsupported("A local name starts with a character names cannot start with.");
        }

        return true;
    }

    /// <summary>Declares the element's prefixes, then checks its own and its attributes' prefixes and duplicates.</summary>
    private void CheckNamespacesAndAttributes(int elementColon)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref readonly var attribute = ref _attributes[i];
            var name = _buffer.AsSpan(attribute.NameStart, attribute.NameLength);
            if (name.SequenceEqual("xmlns"u8))
            {
                CheckNotReservedNamespace(i);
                continue;
            }

            if (attribute.LocalNameOffset > 0 && name[..(attribute.LocalNameOffset - 1)].SequenceEqual("xmlns"u8))
            {
                var prefix = name[attribute.LocalNameOffset..];
                if (prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8) || attribute.ValueLength == 0)
                {
                    throw Unsupported("A namespace declaration the fast path leaves to XmlReader.");
                }

                CheckNotReservedNamespace(i);
                if (_declaredPrefixes.Count == MaxPrefixesInScope)
                {
                    throw Unsupported("More namespace prefixes in scope than the fast path reads.");
                }

                _declaredPrefixes.Add(prefix.ToArray());
            }
        }

        if (elementColon >= 0)
        {
            var prefix = _buffer.AsSpan(_nameStart, elementColon - _nameStart);
            if (prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8) || !IsDeclared(prefix))
            {
                throw Unsupported("An element's prefix is not declared.");
            }
        }

        for (var i = 0; i < AttributeCount; i++)
        {
            ref readonly var attribute = ref _attributes[i];
            var name = _buffer.AsSpan(attribute.NameStart, attribute.NameLength);
            if (attribute.LocalNameOffset > 0)
            {
                var prefix = name[..(attribute.LocalNameOffset - 1)];
                if (prefix.SequenceEqual("xml"u8))
                {
                    if (name.SequenceEqual("xml:space"u8) && AttributeValue(i) is not ("default" or "preserve"))
                    {
                        throw Unsupported("xml:space must be default or preserve.");
                    }
                }
                else if (!prefix.SequenceEqual("xmlns"u8) && !IsDeclared(prefix))
                {
                    throw Unsupported("An attribute's prefix is not declared.");
                }
            }

            if (AttributeCount <= PairwiseDuplicateCheckLimit)
            {
                for (var j = 0; j < i; j++)
                {
                    CheckDistinct(i, j);
                }
            }
        }

        if (AttributeCount > PairwiseDuplicateCheckLimit)
        {
            CheckDistinctBySorting();
        }
    }

    /// <summary>
    /// Two attributes may not have one name; nor, left to XmlReader since two prefixes may name one namespace, one local
    /// name under two prefixes.
    /// </summary>
    private void CheckDistinct(int first, int second)
    {
        ref readonly var attribute = ref _attributes[first];
        ref readonly var other = ref _attributes[second];
        var name = _buffer.AsSpan(attribute.NameStart, attribute.NameLength);
        var otherName = _buffer.AsSpan(other.NameStart, other.NameLength);
        if (otherName.SequenceEqual(name))
        {
            throw Unsupported("An attribute is given twice.");
        }

        if (IsPrefixedOutsideXmlns(first) && IsPrefixedOutsideXmlns(second)
            && name[attribute.LocalNameOffset..].SequenceEqual(otherName[other.LocalNameOffset..]))
        {
            throw Unsupported("The same local name under two prefixes.");
        }
    }

    /// <summary>The checks of <see cref="CheckDistinct"/> for an element with many attributes: sorted, neighbours compared.</summary>
    private void CheckDistinctBySorting()
    {
        if (_attributeOrder.Length < AttributeCount)
        {
            _attributeOrder = new int[_attributes.Length];
        }

        _compareQualifiedNames ??= (a, b) => QualifiedName(a).SequenceCompareTo(QualifiedName(b));
        _compareLocalNames ??= (a, b) => AttributeLocalName(a).SequenceCompareTo(AttributeLocalName(b));

        var count = 0;
        for (var i = 0; i < AttributeCount; i++)
        {
            _attributeOrder[count++] = i;
        }

        var byName = _attributeOrder.AsSpan(0, count);
        byName.Sort(_compareQualifiedNames);
        for (var i = 1; i < byName.Length; i++)
        {
            if (QualifiedName(byName[i]).SequenceEqual(QualifiedName(byName[i - 1])))
            {
                throw Unsupported("An attribute is given twice.");
            }
        }

        count = 0;
        for (var i = 0; i < AttributeCount; i++)
        {
            if (IsPrefixedOutsideXmlns(i))
            {
                _attributeOrder[count++] = i;
            }
        }

        var prefixed = _attributeOrder.AsSpan(0, count);
        prefixed.Sort(_compareLocalNames);
        for (var i = 1; i < prefixed.Length; i++)
        {
            if (AttributeLocalName(prefixed[i]).SequenceEqual(AttributeLocalName(prefixed[i - 1])))
            {
                throw Unsupported("The same local name under two prefixes.");
            }
        }
    }

    /// <summary>A prefixed attribute other than a namespace declaration (those live in their own namespace).</summary>
    private bool IsPrefixedOutsideXmlns(int index) =>
        _attributes[index].LocalNameOffset > 0 && !QualifiedName(index).StartsWith("xmlns:"u8);

    private ReadOnlySpan<byte> QualifiedName(int index) => _buffer.AsSpan(_attributes[index].NameStart, _attributes[index].NameLength);

    private void CheckNotReservedNamespace(int attributeIndex)
    {
        var value = AttributeValue(attributeIndex);
        if (value.SequenceEqual(XmlNamespace) || value.SequenceEqual(XmlnsNamespace))
        {
            throw Unsupported("A reserved namespace is declared.");
        }
    }

    private bool IsDeclared(ReadOnlySpan<byte> prefix)
    {
        for (var i = _declaredPrefixes.Count - 1; i >= 0; i--)
        {
            if (prefix.SequenceEqual(_declaredPrefixes[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void TruncateScopes(int count)
    {
        if (_declaredPrefixes.Count > count)
        {
            _declaredPrefixes.RemoveRange(count, _declaredPrefixes.Count - count);
        }
    }

    private void Push(ReadOnlySpan<byte> qualifiedName, int scopeMark)
    {
        if (_openCount + 2 > _openNameStarts.Length)
        {
            Array.Resize(ref _openNameStarts, _openNameStarts.Length * 2);
            Array.Resize(ref _openScopeMarks, _openScopeMarks.Length * 2);
        }

        var start = _openNameStarts[_openCount];
        if (start + qualifiedName.Length > _nameArena.Length)
        {
            Array.Resize(ref _nameArena, Math.Max(_nameArena.Length * 2, start + qualifiedName.Length));
        }

        qualifiedName.CopyTo(_nameArena.AsSpan(start));
        _openScopeMarks[_openCount] = scopeMark;
        _openCount++;
        _openNameStarts[_openCount] = start + qualifiedName.Length;
    }

    /// <summary>
    /// Moves the unread bytes from <paramref name="keepFrom"/> on to the start of the buffer (growing it when they fill it)
    /// and reads more; <paramref name="keepFrom"/> and the read position are moved with the bytes.
    /// </summary>
    private void Fill(ref int keepFrom)
    {
        if (keepFrom > 0)
        {
            var kept = _end - keepFrom;
            Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, kept);
            _position -= keepFrom;
            _end = kept;
            keepFrom = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxBufferBytes)
            {
                throw Unsupported("A tag or text is too long for the fast path.");
            }

            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        // Fill the buffer (a decompressing stream may give less per call): a token cut by the buffer's end is scanned
        // again from its start, so each rescan must come with a full buffer for the scanning to stay linear.
        var wanted = _buffer.Length - _end;
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end, wanted), wanted, throwOnEndOfStream: false);
        if (read < wanted)
        {
            _streamEnded = true;
        }

        _end += read;
    }

    /// <summary>
    /// Checks the characters of text or of an attribute value: no control character XML forbids, valid UTF-8 without
    /// U+FFFE or U+FFFF, references well formed and to characters XML allows, no <c>&lt;</c> in an attribute value, no
    /// <c>]]&gt;</c> in text.
    /// </summary>
    private static void CheckCharacters(ReadOnlySpan<byte> text, bool inAttribute)
    {
        var first = text.IndexOfAny(inAttribute ? AttributeSpecials : TextSpecials);
        if (first < 0)
        {
            return;
        }

        var nonAscii = false;
        for (var i = first; i < text.Length; i++)
        {
            var current = text[i];
            switch (current)
            {
                case (byte)'\t' or (byte)'\n' or (byte)'\r':
                    break;
                case < 0x20:
                    throw Unsupported("A control character XML does not allow.");
                case (byte)'&':
                    i += ParseReference(text[i..], out _) - 1;
                    break;
                case (byte)'<':
                    throw Unsupported("A < in an attribute value.");
                case (byte)']':
                    if (!inAttribute && text[i..].StartsWith("]]>"u8))
                    {
                        throw Unsupported("]]> in text.");
                    }

                    break;
                case >= 0x80:
                    nonAscii = true;
                    break;
            }
        }

        if (nonAscii && (!Utf8.IsValid(text) || text.IndexOf("\uFFFE"u8) >= 0 || text.IndexOf("\uFFFF"u8) >= 0))
        {
            throw Unsupported("Text that is not valid UTF-8 or holds a non-character.");
        }
    }

    /// <summary>
    /// Parses the reference at the start of <paramref name="text"/> (<c>&amp;amp;</c>, <c>&amp;#233;</c>, <c>&amp;#xE9;</c>):
    /// its length up to and including the semicolon, and the character it stands for.
    /// </summary>
    private static int ParseReference(ReadOnlySpan<byte> text, out int codePoint)
    {
        var semicolon = text[..Math.Min(text.Length, 12)].IndexOf((byte)';');
        if (semicolon < 2)
        {
            throw Unsupported("A reference is malformed.");
        }

        var body = text[1..semicolon];
        if (body[0] == (byte)'#')
        {
            var hex = body.Length > 1 && body[1] == (byte)'x';
            var digits = body[(hex ? 2 : 1)..];
            if (digits.IsEmpty)
            {
                throw Unsupported("A character reference is empty.");
            }

            codePoint = 0;
            foreach (var digit in digits)
            {
                int value;
                if (digit is >= (byte)'0' and <= (byte)'9')
                {
                    value = digit - '0';
                }
                else if (hex && digit is >= (byte)'a' and <= (byte)'f')
                {
                    value = digit - 'a' + 10;
                }
                else if (hex && digit is >= (byte)'A' and <= (byte)'F')
                {
                    value = digit - 'A' + 10;
                }
                else
                {
                    throw Unsupported("A character reference is malformed.");
                }

                codePoint = (codePoint * (hex ? 16 : 10)) + value;
                if (codePoint > 0x10FFFF)
                {
                    throw Unsupported("A character reference is out of range.");
                }
            }

            if (!IsXmlCharacter(codePoint))
            {
                throw Unsupported("A character reference to a character XML does not allow.");
            }

            return semicolon + 1;
        }

        codePoint = body switch
        {
            _ when body.SequenceEqual("lt"u8) => '<',
            _ when body.SequenceEqual("gt"u8) => '>',
            _ when body.SequenceEqual("amp"u8) => '&',
            _ when body.SequenceEqual("quot"u8) => '"',
            _ when body.SequenceEqual("apos"u8) => '\'',
            _ => throw Unsupported("An entity other than the five XML predefines."),
        };
        return semicolon + 1;
    }

    /// <summary>Decodes checked UTF-8 text or attribute value into <paramref name="destination"/> as XmlReader would give it.</summary>
    private static void Decode(ReadOnlySpan<byte> raw, CharBuffer destination, bool normalizeAttributeWhitespace)
    {
        while (!raw.IsEmpty)
        {
            var special = normalizeAttributeWhitespace ? raw.IndexOfAny("&\r\n\t"u8) : raw.IndexOfAny((byte)'&', (byte)'\r');
            var plain = special < 0 ? raw : raw[..special];
            if (!plain.IsEmpty)
            {
                var written = Encoding.UTF8.GetChars(plain, destination.GetSpan(plain.Length));
                destination.Advance(written);
            }

            if (special < 0)
            {
                return;
            }

            var current = raw[special];
            switch (current)
            {
                case (byte)'&':
                    var length = ParseReference(raw[special..], out var codePoint);
                    if (codePoint > 0xFFFF)
                    {
                        var rune = new Rune(codePoint);
                        destination.Advance(rune.EncodeToUtf16(destination.GetSpan(2)));
                    }
                    else
                    {
                        destination.Append((char)codePoint);
                    }

                    raw = raw[(special + length)..];
                    continue;
                case (byte)'\r':
                    // CR LF and a lone CR are line ends: one LF (one space in an attribute value).
                    destination.Append(normalizeAttributeWhitespace ? ' ' : '\n');
                    raw = raw[(special + 1)..];
                    if (!raw.IsEmpty && raw[0] == (byte)'\n')
                    {
                        raw = raw[1..];
                    }

                    continue;
                default:
                    destination.Append(normalizeAttributeWhitespace ? ' ' : (char)current);
                    raw = raw[(special + 1)..];
                    continue;
            }
        }
    }

    private static bool IsXmlCharacter(int codePoint) => codePoint switch
    {
        0x9 or 0xA or 0xD => true,
        >= 0x20 and <= 0xD7FF => true,
        >= 0xE000 and <= 0xFFFD => true,
        >= 0x10000 and <= 0x10FFFF => true,
        _ => false,
    };

    private static bool IsSpace(byte value) => value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsNameStartByte(byte value) =>
        value is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_';

    private static bool IsNameByte(byte value) =>
        IsNameStartByte(value) || value is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)':';

    private static byte[] BuildSpecials(bool includeLessThan)
    {
        var specials = new List<byte>();
        for (var value = 0; value < 0x20; value++)
        {
            if (value is not ('\t' or '\n' or '\r'))
            {
                specials.Add((byte)value);
            }
        }

        specials.Add((byte)'&');
        specials.Add(includeLessThan ? (byte)'<' : (byte)']');
        for (var value = 0x80; value <= 0xFF; value++)
        {
            specials.Add((byte)value);
        }

        return [.. specials];
    }

    private readonly record struct Attribute(int NameStart, int NameLength, int LocalNameOffset, int ValueStart, int ValueLength);
}
