using System.Buffers.Binary;
using System.IO.Compression;
using FederationFunctions.Core.Tests.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>Builds packages whose parts expand far beyond their size, streaming zeros so that the test never holds them.</summary>
public static class ZipBombBuilder
{
    private const int Megabyte = 1024 * 1024;

    /// <summary>A valid-looking workbook plus entries of <paramref name="megabytesPerEntry"/> MB of zeros each.</summary>
    public static byte[] WithZeroEntries(int entryCount, int megabytesPerEntry)
    {
        var zeros = new byte[Megabyte];
        using var output = new MemoryStream();
        var minimal = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")).Build();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var source = new ZipArchive(new MemoryStream(minimal), ZipArchiveMode.Read))
            {
                foreach (var entry in source.Entries)
                {
                    using var from = entry.Open();
                    using var to = archive.CreateEntry(entry.FullName).Open();
                    from.CopyTo(to);
                }
            }

            for (var i = 0; i < entryCount; i++)
            {
                using var stream = archive.CreateEntry($"xl/media/image{i + 1}.bin", CompressionLevel.SmallestSize).Open();
                for (var written = 0; written < megabytesPerEntry; written++)
                {
                    stream.Write(zeros);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// A workbook whose only worksheet really expands to <paramref name="megabytes"/> MB (a cell followed by white space)
    /// while its zip headers declare 1,000 bytes: declared sizes must not be trusted.
    /// </summary>
    public static byte[] WithLyingDeclaredSize(int megabytes)
    {
        var spaces = new byte[Megabyte];
        Array.Fill(spaces, (byte)' ');
        var builder = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        var withoutSheet = builder.Build();
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var source = new ZipArchive(new MemoryStream(withoutSheet), ZipArchiveMode.Read))
            {
                foreach (var entry in source.Entries.Where(e => e.FullName != "xl/worksheets/sheet1.xml"))
                {
                    using var from = entry.Open();
                    using var to = archive.CreateEntry(entry.FullName).Open();
                    from.CopyTo(to);
                }
            }

            using var sheet = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"u8);
            for (var written = 0; written < megabytes; written++)
            {
                sheet.Write(spaces);
            }

            sheet.Write("</sheetData></worksheet>"u8);
        }

        var bytes = output.ToArray();
        PatchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 1_000);
        return bytes;
    }

    /// <summary>Rewrites an entry's uncompressed size in its local header and its central directory record.</summary>
    private static void PatchDeclaredSize(byte[] zip, string entryName, uint declaredSize)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034B50 && NameAt(zip, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 26)), name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), declaredSize);
            }
            else if (signature == 0x02014B50 && NameAt(zip, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 28)), name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), declaredSize);
            }
        }
    }

    private static bool NameAt(byte[] zip, int offset, int length, byte[] name) =>
        length == name.Length && offset + length <= zip.Length && zip.AsSpan(offset, length).SequenceEqual(name);
}
