using ClosedXML.Excel;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Builds .xlsx files with ClosedXML, as the federation's own templates are produced.</summary>
public static class ClosedXmlWorkbooks
{
    public static byte[] Build(Action<XLWorkbook> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        using var workbook = new XLWorkbook();
        fill(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
