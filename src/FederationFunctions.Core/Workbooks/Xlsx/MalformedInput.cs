using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// The exceptions that a malformed package raises while it is read from memory, which the reader turns into "not a
/// workbook": <see cref="InvalidDataException"/> (.NET's zip refusals — corrupt headers, bad deflate data, sizes that lie,
/// an unsupported compression method — and the reader's own refusals of a part) and <see cref="XmlException"/> (a part
/// that is not well formed, a DTD). Any other exception is a defect of the reader and surfaces as a failure.
/// </summary>
internal static class MalformedInput
{
    public static bool IsMalformedInput(Exception exception) => exception is InvalidDataException or XmlException;
}
