using System.Text;
using FederationFunctions.Core.Tests.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// Builds random worksheet parts from a grammar of what producers write (declaration variants, BOM, namespace
/// declarations in every scope, prefixed elements and attributes, white space of every kind around '=' and between
/// attributes, references, line ends, non-ASCII, inline strings, unknown elements) and, when
/// <paramref name="malformations"/> is set, now and then a construct the XmlReader rejects. A generated part depends
/// only on the state of <paramref name="random"/>.
/// </summary>
internal sealed class GrammarWorksheetGenerator(Random random, bool malformations)
{
    private readonly StringBuilder _text = new();
    private readonly List<byte[]> _rawInserts = [];
    private readonly List<string> _prefixes = [];

    private bool Chance(int percent) => random.Next(100) < percent;

    private T Pick<T>(params T[] items) => items[random.Next(items.Length)];

    private string Space(bool required = true) => required ? Pick(" ", " ", " ", "\t", "\r\n", "\n", "\r", "  ") : Pick("", "", "", " ", "\t", "\r\n");

    private string Ws() => Chance(60) ? string.Empty : Pick(" ", "\r\n", "\n  ", "\t", "\r", "\r\r\n", " \n");

    public byte[] Generate()
    {
        _text.Clear();
        _rawInserts.Clear();
        var bom = Chance(15);
        if (Chance(70))
        {
            _text.Append(Declaration());
        }

        _text.Append(Ws());
        if (malformations && Chance(3))
        {
            _text.Append(Pick("<!-- c -->", "<?pi x?>", "x", "&amp;"));
        }

        Root();
        _text.Append(Ws());
        if (malformations && Chance(3))
        {
            _text.Append(Pick("<worksheet/>", "x", "&#32;", "</worksheet>", "<!-- c -->"));
        }

        var bytes = Encoding.UTF8.GetBytes(_text.ToString());
        // Raw byte sequences: placeholders \uE000<n>\uE001 in the text are replaced by raw bytes.
        bytes = ReplaceRaw(bytes);
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private byte[] ReplaceRaw(byte[] bytes)
    {
        if (_rawInserts.Count == 0)
        {
            return bytes;
        }

        var marker = Encoding.UTF8.GetBytes("\uE000");
        var output = new List<byte>(bytes.Length);
        var index = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i + 2 < bytes.Length && bytes.AsSpan(i, 3).SequenceEqual(marker))
            {
                output.AddRange(_rawInserts[index++]);
                i += 2;
                continue;
            }

            output.Add(bytes[i]);
        }

        return [.. output];
    }

    private string Quote(string value)
    {
        var q = Chance(80) ? '"' : '\'';
        if (q == '"')
        {
            value = value.Replace("\"", "&quot;", StringComparison.Ordinal);
        }
        else
        {
            value = value.Replace("'", "&apos;", StringComparison.Ordinal);
        }

        return q + value + q;
    }

    private string Declaration()
    {
        var parts = new List<string> { "version" + Eq() + Quote(Chance(95) ? "1.0" : Pick("1.1", "1.0 ", "2.0")) };
        if (Chance(70))
        {
            parts.Add("encoding" + Eq() + Quote((Chance(90) ? Pick("UTF-8", "utf-8", "Utf-8") : Pick("UTF8", "us-ascii", "ISO-8859-1", "utf-16"))));
        }

        if (Chance(50))
        {
            parts.Add("standalone" + Eq() + Quote(Pick("yes", "no", "yes", "maybe")));
        }

        if (malformations && Chance(5))
        {
            parts.Reverse();
        }

        var sb = new StringBuilder("<?xml");
        foreach (var p in parts)
        {
            sb.Append(malformations && Chance(2) ? string.Empty : Space()).Append(p);
        }

        return sb.Append(Chance(20) ? Space() : string.Empty).Append("?>").ToString();
    }

    private string Eq() => Space(false) + "=" + Space(false);

    private string Attribute(string name, string value) => Space() + name + Eq() + Quote(value);

    private string Prefix(bool allowUndeclared = false)
    {
        if (_prefixes.Count > 0 && Chance(20))
        {
            return Pick([.. _prefixes]) + ":";
        }

        if (allowUndeclared && malformations && Chance(2))
        {
            return "u:";
        }

        return string.Empty;
    }

    private string NamespaceDeclarations(int scopeStart)
    {
        var sb = new StringBuilder();
        if (Chance(30))
        {
            var prefix = Pick("x", "r", "mc", "x14ac", "p", "xr");
            if (!_prefixes.Skip(scopeStart).Contains(prefix))
            {
                var uri = malformations && Chance(3) ? Pick("", "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/") : Pick("urn:x", "urn:y", WorksheetXmlCases.MainNamespace, "urn:&amp;z");
                sb.Append(Attribute("xmlns:" + prefix, uri));
                _prefixes.Add(prefix);
            }
        }

        if (Chance(10))
        {
            sb.Append(Attribute("xmlns", Pick("", WorksheetXmlCases.MainNamespace, "urn:x")));
        }

        return sb.ToString();
    }

    private void Element(string localName, Action<int> attributes, Action? content, bool forcePrefixless = false)
    {
        var scopeStart = _prefixes.Count;
        var nsDecls = NamespaceDeclarations(scopeStart);
        var prefix = forcePrefixless ? string.Empty : Prefix(allowUndeclared: true);
        var name = prefix + localName;
        _text.Append('<').Append(name);
        if (Chance(50))
        {
            _text.Append(nsDecls);
            attributes(scopeStart);
        }
        else
        {
            attributes(scopeStart);
            _text.Append(nsDecls);
        }

        if (Chance(10))
        {
            _text.Append(Chance(50) ? Attribute("xml:space", Pick("preserve", "default", "preserve", "default", " preserve", "PRESERVE", "")) : Attribute(Pick("xml:lang", "spans", "mc:Ignorable", "x14ac:dyDescent"), Pick("fr", "x14ac", "1:3")));
        }

        if (malformations && Chance(1))
        {
            _text.Append(Pick(" a=\"1\" a=\"2\"", " a=1", " a=\"<\"", " a", "a=\"1\"", " a=\"1\"b=\"2\""));
        }

        _text.Append(Chance(10) ? Space() : string.Empty);
        if (content is null || (Chance(10) && !malformations))
        {
            _text.Append("/>");
        }
        else
        {
            _text.Append('>');
            content();
            var endName = malformations && Chance(1) ? Pick(name + "x", localName.ToUpperInvariant(), "x:" + localName) : name;
            _text.Append("</").Append(endName).Append(Chance(5) ? Space() : string.Empty).Append('>');
        }

        _prefixes.RemoveRange(scopeStart, _prefixes.Count - scopeStart);
    }

    private void Root()
    {
        Element("worksheet", _ => { }, () =>
        {
            _text.Append(Ws());
            if (Chance(50))
            {
                Element(Pick("dimension", "sheetViews", "sheetFormatPr", "cols"), _ => _text.Append(Attribute("ref", "A1:C3")), Chance(50) ? () => Unknown(2) : null);
                _text.Append(Ws());
            }

            Element("sheetData", _ => { }, () =>
            {
                var rows = random.Next(0, 5);
                for (var i = 0; i < rows; i++)
                {
                    _text.Append(Ws());
                    Row();
                }

                _text.Append(Ws());
            });
            _text.Append(Ws());
            if (Chance(40))
            {
                Element("mergeCells", _ => { }, () =>
                {
                    for (var i = random.Next(1, 3); i > 0; i--)
                    {
                        Element("mergeCell", _ => { if (Chance(90)) { _text.Append(Attribute("ref", Pick("A1:B2", " a1:c1 ", "A1:\tB2", "A1:\r\nB2", "&#65;1:B&#50;", "", " ", "A1\u00A0:B2"))); } }, Chance(20) ? () => Unknown(1) : null);
                    }
                });
            }

            if (Chance(20))
            {
                Unknown(3);
            }

            _text.Append(Ws());
        });
    }

    private void Unknown(int depth)
    {
        if (depth == 0)
        {
            _text.Append(Text(mixed: true));
            return;
        }

        Element(Pick("extLst", "ext", "foo", "row", "c", "v", "t"), _ => { if (Chance(30)) { _text.Append(Attribute("uri", "{78C0D931}")); } }, Chance(70) ? () => { for (var i = random.Next(3); i >= 0; i--) { Unknown(depth - 1); } } : null, forcePrefixless: true);
    }

    private void Row()
    {
        Element("row", _ =>
        {
            if (Chance(70))
            {
                _text.Append(Attribute("r", Pick("1", "2", "3", "10", "0", "-1", " 2", "2 ", "&#51;", "1048577", "4", "abc", "")));
            }

            if (Chance(20))
            {
                _text.Append(Attribute("spans", "1:3"));
            }
        }, Chance(90) ? () =>
        {
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                _text.Append(Ws());
                if (Chance(10))
                {
                    Unknown(1);
                }

                Cell();
            }

            _text.Append(Ws());
        } : null);
    }

    private void Cell()
    {
        var type = Pick<string?>(null, null, "n", "s", "str", "b", "e", "d", "inlineStr", "inlineStr", "x");
        Element("c", _ =>
        {
            var attributes = new List<string>();
            if (Chance(70))
            {
                attributes.Add(Attribute(Prefix() + "r", Pick("A1", "B1", "C2", "XFD1", "XFE1", "a1", "AA10", " B1", "1", "&#66;1")));
            }

            if (type is not null)
            {
                attributes.Add(Attribute(Prefix() + "t", type == "s" && Chance(10) ? " s" : type));
            }

            if (Chance(40))
            {
                attributes.Add(Attribute(Prefix() + "s", Pick("0", "1", "3", "2", " 1", "+1", "99", "x")));
            }

            foreach (var a in attributes.OrderBy(_ => random.Next()))
            {
                _text.Append(a);
            }
        }, Chance(90) ? () =>
        {
            if (Chance(20))
            {
                Element("f", _ => { }, () => _text.Append(Text(mixed: true)));
            }

            if (type == "inlineStr" && Chance(80))
            {
                Element("is", _ => { }, () =>
                {
                    for (var i = random.Next(0, 3); i >= 0; i--)
                    {
                        _text.Append(Ws());
                        switch (random.Next(4))
                        {
                            case 0:
                                Element("r", _ => { }, () => Element("t", _ => { }, () => _text.Append(Text(mixed: true))));
                                break;
                            case 1:
                                Element("rPh", _ => _text.Append(Attribute("sb", "0")), () => Element("t", _ => { }, () => _text.Append(Text(mixed: true))));
                                break;
                            default:
                                Element("t", _ => { }, () => _text.Append(Text(mixed: true)));
                                break;
                        }
                    }
                });
            }
            else if (Chance(90))
            {
                Element("v", _ => { }, Chance(95) ? () => _text.Append(Value(type)) : null);
            }

            if (Chance(5))
            {
                Unknown(1);
            }
        } : null);
    }

    private string Value(string? type) => type switch
    {
        null or "n" => Pad(Pick("1", "-0", "0.5", "1e3", "1E+308", "1e400", "12,5", "&#49;2", "1&#13;", "\r\n2\r\n", " 3 ", "", "NaN", "0x1", "&#x31;&#x30;", "1.7976931348623157E+308", "4.9E-324", ".5", "5.", "+5", "1_x0030_")),
        "s" => Pad(Pick("0", "1", "7", "8", "-1", " 2 ", "&#48;", "1\r\n")),
        "b" => Pad(Pick("1", "0", "true", "TRUE", "True", "yes", " 1 ")),
        "e" => Pick("#N/A", "#DIV/0!", "&#35;REF!", " #VALUE! "),
        "d" => Pick("2024-01-31", "2024-01-31T12:30:00", "12:30", "1899-12-31", " 2024-02-29 ", "2024-13-01", "25:00", "2024-01-31T12:30:00+02:00"),
        _ => Text(mixed: true),
    };

    private string Pad(string value) => Chance(20) ? Pick(" ", "\r\n", "\t", "&#32;", "&#9;", "&#10;", "&#13;") + value + Pick("", " ", "\r", "&#13;&#10;") : value;

    private string Text(bool mixed)
    {
        var sb = new StringBuilder();
        var pieces = random.Next(0, 6);
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(random.Next(22) switch
            {
                0 => "abc",
                1 => "é",
                2 => "東京",
                3 => "😀",
                4 => Pick("&amp;", "&lt;", "&gt;", "&quot;", "&apos;"),
                5 => Pick("&#233;", "&#x1F600;", "&#x10FFFF;", "&#xFFFD;", "&#65535;", "&#xE000;", "&#x20;", "&#0065;", "&#x0041;"),
                6 => Pick("\r\n", "\r", "\n", "\r\r\n", "\n\r"),
                7 => "\t",
                8 => " ",
                9 => Pick("]", "]]", ">", "]>", "]]]"),
                10 => "_x000D_",
                11 => "\u00A0\u2028\u0085",
                12 => "\uFEFF",
                13 => "\u007F\u0080\u009F",
                14 => "\uFDD0\U0001FFFE",
                15 => malformations && Chance(10) ? Pick("]]>", "\u0001", "&nbsp;", "&#0;", "&#xD800;", "&#X41;", "&", "<", "&#xFFFE;", "\uFFFE", "&#1114112;") : "x",
                16 => malformations && Chance(10) ? Raw(Pick<byte[]>([0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBF, 0xBF])) : "y",
                17 => Pick("&#x00000041;", "&#0000000065;", "&#x000041;"),
                18 => mixed && Chance(30) ? "<b>nested</b>" : "1",
                19 => mixed && Chance(20) ? "<empty/>" : "2",
                _ => "Text",
            });
        }

        return sb.ToString();
    }

    private string Raw(byte[] bytes)
    {
        _rawInserts.Add(bytes);
        return "\uE000";
    }
}

