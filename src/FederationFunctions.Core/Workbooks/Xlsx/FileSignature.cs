namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Recognises a file by its magic bytes, never by its name.</summary>
internal static class FileSignature
{
    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileKind Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(CompoundFileMagic))
        {
            return FileKind.CompoundFile;
        }

        // Local file header, empty archive (end of central directory), or spanned-archive marker.
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K'
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8)))
        {
            return FileKind.Zip;
        }

        return FileKind.Other;
    }
}
