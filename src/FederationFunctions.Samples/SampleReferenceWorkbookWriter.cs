using ClosedXML.Excel;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>Writes a reference workbook (format v1) as the federation's staff keep it.</summary>
internal static class SampleReferenceWorkbookWriter
{
    private static readonly DateTime FixedFileDate = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Write(ReferenceWorkbook reference)
    {
        using var book = new XLWorkbook();
        book.Properties.Author = "Fédération (données d'exemple)";
        book.Properties.Created = FixedFileDate;
        book.Properties.Modified = FixedFileDate;

        var parameters = book.AddWorksheet("Paramètres");
        parameters.Cell(1, 1).SetValue("Année");
        parameters.Cell(1, 2).SetValue(reference.Year);
        parameters.Cell(2, 1).SetValue("Enveloppe FOSFORA (€)");
        if (reference.FosforaEnvelopeEur is { } envelope)
        {
            parameters.Cell(2, 2).SetValue((double)envelope);
            parameters.Cell(2, 2).Style.NumberFormat.Format = "#,##0 €";
        }

        parameters.Column(1).Width = 28;
        parameters.Column(2).Width = 16;

        Table(book.AddWorksheet("Territoires"), ["Code AT", "Assemblée territoriale", "Département"], reference.Territories, (row, t) =>
        {
            row.Cell(1).SetValue(t.Code);
            row.Cell(2).SetValue(t.Name);
            row.Cell(3).SetValue(t.Department == Department.Nord ? "Nord" : "62");
        });

        Table(
            book.AddWorksheet("Structures"),
            ["Code structure", "Nom", "Commune", "Département", "Code AT", "Type", "Gestion", "Adhérente", "Contact", "Courriel", "Téléphone"],
            reference.Structures,
            (row, s) =>
            {
                row.Cell(1).SetValue(s.Code);
                row.Cell(2).SetValue(s.Name);
                row.Cell(3).SetValue(s.Commune);
                row.Cell(4).SetValue(((int)s.Department).ToString(System.Globalization.CultureInfo.InvariantCulture));
                row.Cell(5).SetValue(s.TerritoryCode);
                row.Cell(6).SetValue(s.Type == StructureType.CS ? "CS" : "Espace de vie sociale");
                row.Cell(7).SetValue(s.Management == Management.Associatif ? "Associatif" : "Municipal");
                row.Cell(8).SetValue(s.IsMember ? "Oui" : "Non");
                row.Cell(9).SetValue(s.ContactName ?? string.Empty);
                row.Cell(10).SetValue(s.ContactEmail ?? string.Empty);
                row.Cell(11).SetValue(s.ContactPhone ?? string.Empty);
            });

        Table(book.AddWorksheet("Calendrier"), ["Code événement", "Date", "Type", "Code AT", "Intitulé"], reference.Calendar, (row, e) =>
        {
            row.Cell(1).SetValue(e.EventCode);
            row.Cell(2).SetValue(e.Date.ToDateTime(TimeOnly.MinValue));
            row.Cell(2).Style.NumberFormat.Format = "dd/mm/yyyy";
            row.Cell(3).SetValue(SampleLabels.EventTypeCanonical(e.Type));
            if (e.TerritoryCode is not null)
            {
                row.Cell(4).SetValue(e.TerritoryCode);
            }

            if (e.Title is not null)
            {
                row.Cell(5).SetValue(e.Title);
            }
        });

        Table(
            book.AddWorksheet("Catalogue"),
            ["Code action", "Intitulé", "Public", "Groupe FOSFORA", "Ligne FOSFORA", "Séances", "Montant FOSFORA (€)", "Bénévoles hors remontées"],
            reference.Catalogue,
            (row, a) =>
            {
                row.Cell(1).SetValue(a.ActionCode);
                row.Cell(2).SetValue(a.Title);
                if (a.Audience is { } audience)
                {
                    row.Cell(3).SetValue(audience switch { Audience.Salaries => "Salariés", Audience.Benevoles => "Bénévoles", _ => "Mixte" });
                }

                if (a.FosforaGroup is not null)
                {
                    row.Cell(4).SetValue(a.FosforaGroup);
                    row.Cell(5).SetValue(a.FosforaLine);
                }

                row.Cell(6).SetValue(a.Sessions);
                row.Cell(7).SetValue((double)a.FosforaAmountEur);
                row.Cell(7).Style.NumberFormat.Format = "#,##0 €";
                if (a.VolunteersOutsideCentres > 0)
                {
                    row.Cell(8).SetValue(a.VolunteersOutsideCentres);
                }
            });

        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static void Table<T>(IXLWorksheet sheet, string[] headers, IReadOnlyList<T> items, Action<IXLRow, T> fill)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = c == 1 ? 40 : 18;
        }

        for (var i = 0; i < items.Count; i++)
        {
            fill(sheet.Row(i + 2), items[i]);
        }

        sheet.SheetView.FreezeRows(1);
    }
}
