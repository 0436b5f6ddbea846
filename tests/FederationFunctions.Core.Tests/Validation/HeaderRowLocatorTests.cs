using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Validation;

public class HeaderRowLocatorTests
{
    private static SheetData Sheet(Action<SheetBuilder> build)
    {
        var builder = new SheetBuilder();
        build(builder);
        return builder.Build("Formations");
    }

    [Fact]
    public void TwoOfThreeRequiredHeaders_IsAHeaderRow()
    {
        var header = HeaderRowLocator.Locate(Sheet(s => s.Row(3, "Code action", "Salariés formés")), FormationsSheet.Definition);

        Assert.NotNull(header);
        Assert.Equal(3, header.RowNumber);
        Assert.Equal([FormationsSheet.VolunteerTrainees], header.Columns.MissingRequired);
    }

    [Fact]
    public void OneOfThreeRequiredHeaders_IsNotAHeaderRow() =>
        Assert.Null(HeaderRowLocator.Locate(Sheet(s => s.Row(1, "Code action", "Intitulé", "Date")), FormationsSheet.Definition));

    [Fact]
    public void RowTen_IsSearched_RowElevenIsNot()
    {
        Assert.Equal(10, HeaderRowLocator.Locate(Sheet(s => s.Row(10, "Code action", "Salariés formés", "Bénévoles formés")), FormationsSheet.Definition)?.RowNumber);
        Assert.Null(HeaderRowLocator.Locate(Sheet(s => s.Row(11, "Code action", "Salariés formés", "Bénévoles formés")), FormationsSheet.Definition));
    }

    [Fact]
    public void FirstQualifyingRow_Wins()
    {
        var header = HeaderRowLocator.Locate(
            Sheet(s => s.Row(2, "Code action", "Salariés formés", "Bénévoles formés").Row(4, "Code action", "Salariés formés", "Bénévoles formés")),
            FormationsSheet.Definition);
        Assert.Equal(2, header?.RowNumber);
    }

    [Fact]
    public void ColumnMap_GivesEachColumnsIndexAndHeaderAsWritten()
    {
        var header = HeaderRowLocator.Locate(
            Sheet(s => s.Row(1, null, "BÉNÉVOLES  FORMÉS", "Notes", "code_action", "Salariés")),
            FormationsSheet.Definition)!;

        Assert.Equal(new HeaderCell(1, "BÉNÉVOLES FORMÉS"), header.Columns.Find(FormationsSheet.VolunteerTrainees));
        Assert.Equal(new HeaderCell(3, "code_action"), header.Columns.Find(FormationsSheet.ActionCode));
        Assert.Equal(new HeaderCell(4, "Salariés"), header.Columns.Find(FormationsSheet.StaffTrainees));
        Assert.Null(header.Columns.Find(FormationsSheet.Title));
        Assert.Equal([new HeaderCell(2, "Notes")], header.Columns.Unknown);
    }

    [Fact]
    public void HeaderMergedAcrossRows_CountsInTheLowerRow()
    {
        var header = HeaderRowLocator.Locate(
            Sheet(s => s.Row(1, "Code action", "Effectifs").Row(2, null, "Salariés formés", "Bénévoles formés").Merge("A1:A2").Merge("B1:C1")),
            FormationsSheet.Definition);

        Assert.Equal(2, header?.RowNumber);
        Assert.Equal(new HeaderCell(0, "Code action"), header!.Columns.Find(FormationsSheet.ActionCode));
    }
}
