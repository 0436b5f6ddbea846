using ClosedXML.Excel;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Builds a real centre workbook (.xlsx bytes) as a centre would fill it, for end-to-end tests with the real checker.</summary>
internal sealed class CentreWorkbookFileBuilder
{
    private readonly List<(DateTime Date, string Type, object Staff, int Volunteers)> _meetings = [];

    public string StructureCode { get; init; } = "59-LIL-001";

    public int Year { get; init; } = 2023;

    public int StaffHeadcount { get; init; } = 12;

    public CentreWorkbookFileBuilder Meeting(DateTime date, string type, object staff, int volunteers)
    {
        _meetings.Add((date, type, staff, volunteers));
        return this;
    }

    public byte[] Build()
    {
        using var workbook = new XLWorkbook();
        var structure = workbook.AddWorksheet("Structure");
        object[][] fields =
        [
            ["Code structure", StructureCode],
            ["Année", Year],
            ["Nom de la structure", "Centre social des Épis"],
            ["Salariés (personnes)", StaffHeadcount],
            ["Salariés (ETP)", 9.5],
            ["Bénévoles d'activité", 40],
            ["Administrateurs bénévoles", 11],
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            structure.Cell(i + 1, 1).Value = fields[i][0];
            structure.Cell(i + 1, 2).Value = fields[i][1];
        }

        var meetings = workbook.AddWorksheet("Rencontres");
        string[] headers = ["Date", "Type de rencontre", "Salariés présents", "Bénévoles présents"];
        for (var c = 0; c < headers.Length; c++)
        {
            meetings.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < _meetings.Count; r++)
        {
            var (date, type, staff, volunteers) = _meetings[r];
            meetings.Cell(r + 2, 1).Value = date;
            meetings.Cell(r + 2, 2).Value = type;
            meetings.Cell(r + 2, 3).Value = staff;
            meetings.Cell(r + 2, 4).Value = volunteers;
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
