using System.Buffers.Binary;
using System.Text;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// Builds a minimal OLE compound file (MS-CFB, version 3, 512-byte sectors): one FAT sector, one directory sector
/// holding a root entry and the named streams (empty). Enough for anything that reads the directory.
/// </summary>
public static class CompoundFileBuilder
{
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Build(params string[] streamNames)
    {
        ArgumentNullException.ThrowIfNull(streamNames);
        if (streamNames.Length > 3)
        {
            throw new ArgumentException("One directory sector holds the root and at most three streams.", nameof(streamNames));
        }

        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x4C..], 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (i * 4))..], FreeSector);
        }

        var fat = file.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);

        var directory = file.AsSpan(1024, 512);
        WriteEntry(directory[..128], "Root Entry", objectType: 5);
        for (var i = 0; i < streamNames.Length; i++)
        {
            WriteEntry(directory.Slice((i + 1) * 128, 128), streamNames[i], objectType: 2);
        }

        return file;
    }

    private static void WriteEntry(Span<byte> entry, string name, byte objectType)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name);
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(nameBytes.Length + 2));
        entry[0x42] = objectType;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], EndOfChain);
    }
}
