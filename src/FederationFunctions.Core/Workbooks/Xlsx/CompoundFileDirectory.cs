using System.Buffers.Binary;
using System.Text;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Reads the stream names of an OLE compound file (MS-CFB) to tell an encrypted OOXML package
/// (<c>EncryptionInfo</c> + <c>EncryptedPackage</c> streams) from a legacy .xls.
/// </summary>
internal static class CompoundFileDirectory
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int MaxDirectoryEntries = 100_000;

    private static readonly string[] EncryptionStreamNames = ["EncryptionInfo", "EncryptedPackage"];

    /// <summary>True when the compound file holds the streams of an encrypted OOXML package.</summary>
    public static bool HoldsEncryptedPackage(ReadOnlySpan<byte> file)
    {
        var names = TryReadStreamNames(file);
        if (names is not null)
        {
            return names.Any(name => EncryptionStreamNames.Contains(name, StringComparer.OrdinalIgnoreCase));
        }

        // A damaged directory: fall back to looking for the names as the directory stores them (UTF-16LE).
        foreach (var name in EncryptionStreamNames)
        {
            if (file.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the directory entries, or null when the structure cannot be followed.</summary>
    internal static IReadOnlyList<string>? TryReadStreamNames(ReadOnlySpan<byte> file)
    {
        if (file.Length < HeaderSize)
        {
            return null;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file[0x1E..]);
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[0x2C..]);
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(file[0x30..]);
        var firstDifatSector = BinaryPrimitives.ReadUInt32LittleEndian(file[0x44..]);
        var sectorCount = (file.Length - HeaderSize + sectorSize - 1) / sectorSize;
        if (fatSectorCount > (uint)sectorCount)
        {
            return null;
        }

        var fatSectors = ReadFatSectorNumbers(file, sectorSize, (int)fatSectorCount, firstDifatSector, sectorCount);
        if (fatSectors is null)
        {
            return null;
        }

        var names = new List<string>();
        var sector = firstDirectorySector;
        var visited = 0;
        while (sector != EndOfChain)
        {
            if (sector > MaxRegularSector || sector >= sectorCount || ++visited > sectorCount)
            {
                return null;
            }

            var offset = HeaderSize + ((long)sector * sectorSize);
            for (var entry = 0; entry + DirectoryEntrySize <= sectorSize; entry += DirectoryEntrySize)
            {
                var start = offset + entry;
                if (start + DirectoryEntrySize > file.Length)
                {
                    return null;
                }

                var slice = file.Slice((int)start, DirectoryEntrySize);
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(slice[0x40..]);
                var objectType = slice[0x42];
                if (objectType != 0 && nameLength is >= 2 and <= 64)
                {
                    names.Add(Encoding.Unicode.GetString(slice[..(nameLength - 2)]));
                }

                if (names.Count > MaxDirectoryEntries)
                {
                    return null;
                }
            }

            sector = NextSector(file, fatSectors, sectorSize, sector);
        }

        return names;
    }

    private static List<uint>? ReadFatSectorNumbers(ReadOnlySpan<byte> file, int sectorSize, int fatSectorCount, uint firstDifatSector, int sectorCount)
    {
        var result = new List<uint>(fatSectorCount);
        for (var i = 0; i < 109 && result.Count < fatSectorCount; i++)
        {
            result.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(0x4C + (i * 4))..]));
        }

        var difat = firstDifatSector;
        var visited = 0;
        while (result.Count < fatSectorCount)
        {
            if (difat > MaxRegularSector || difat >= sectorCount || ++visited > sectorCount)
            {
                return null;
            }

            var offset = HeaderSize + (difat * sectorSize);
            var perSector = (sectorSize / 4) - 1;
            for (var i = 0; i < perSector && result.Count < fatSectorCount; i++)
            {
                result.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(int)(offset + (i * 4))..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(file[(int)(offset + (perSector * 4))..]);
        }

        return result;
    }

    private static uint NextSector(ReadOnlySpan<byte> file, List<uint> fatSectors, int sectorSize, uint sector)
    {
        var entriesPerSector = sectorSize / 4;
        var fatIndex = (int)(sector / (uint)entriesPerSector);
        if (fatIndex >= fatSectors.Count || fatSectors[fatIndex] > MaxRegularSector)
        {
            return uint.MaxValue;
        }

        var offset = HeaderSize + ((long)fatSectors[fatIndex] * sectorSize) + ((sector % (uint)entriesPerSector) * 4);
        return offset + 4 > file.Length ? uint.MaxValue : BinaryPrimitives.ReadUInt32LittleEndian(file[(int)offset..]);
    }
}
