using ClosedXML.Excel;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>Writes a centre workbook (format v1) in a given style, with ClosedXML.</summary>
internal static class SampleCentreWorkbookWriter
{
    private static readonly DateTime FixedFileDate = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Writes the workbook; <paramref name="corruption"/> spoils it on purpose for rejected samples.</summary>
    public static byte[] Write(CentreWorkbook workbook, SampleFileStyle style, SampleCorruption corruption = SampleCorruption.None)
    {
        var format = new SampleValueFormatter(style);
        using var book = new XLWorkbook();
        book.Properties.Author = "Fédération (données d'exemple)";
        book.Properties.Created = FixedFileDate;
        book.Properties.Modified = FixedFileDate;

        WriteStructure(book.AddWorksheet(style.StructureSheet), workbook.Structure, style, format);

        var meetingColumns = MeetingColumns(format, corruption == SampleCorruption.MissingRequiredColumn);
        if (workbook.Meetings.Count > 0 || !style.OmitEmptySheets)
        {
            var sheet = book.AddWorksheet(style.MeetingsSheet);
            var next = WriteTable(sheet, "Rencontres fédérales et territoriales", meetingColumns, workbook.Meetings, style);
            if (style.TotalRow && workbook.Meetings.Count > 0)
            {
                sheet.Cell(next, 1).SetValue("Total");
                sheet.Cell(next, 1).Style.Font.Bold = true;
            }
        }

        if (workbook.Trainings.Count > 0 || !style.OmitEmptySheets)
        {
            var trainings = workbook.Trainings;
            var sheet = book.AddWorksheet(style.TrainingsSheet);
            var first = WriteTable(sheet, "Formations suivies", TrainingColumns(format), trainings, style) - trainings.Count;
            if (corruption == SampleCorruption.TextInIntegerColumn && trainings.Count > 0)
            {
                var column = TrainingColumns(format).FindIndex(c => c.Header == "Salariés formés");
                var index = style.ReversedColumns ? TrainingColumns(format).Count - 1 - column : column;
                sheet.Cell(first, index + 1).SetValue("douze");
            }
        }

        if (workbook.Programmes.Count > 0 || !style.OmitEmptySheets)
        {
            WriteTable(book.AddWorksheet(style.ProgrammesSheet), "Dispositifs et projets", ProgrammeColumns(format), workbook.Programmes, style);
        }

        var notes = book.AddWorksheet("Notes");
        notes.Cell(1, 1).SetValue("Notes internes du centre (feuille ignorée par la fédération).");
        notes.Column(1).Width = 70;

        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static void WriteStructure(IXLWorksheet sheet, StructureDeclaration structure, SampleFileStyle style, SampleValueFormatter format)
    {
        var row = 1;
        if (style.FormTitle)
        {
            sheet.Cell(row, 1).SetValue("Remontée annuelle d'activité");
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 1).Style.Font.FontSize = 14;
            row += 2;
        }

        var alt = style.AlternativeHeaders;
        var code = style.LowerCaseCode ? " " + structure.StructureCode.ToLowerInvariant() + " " : structure.StructureCode;
        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Code de la structure" : "Code structure");
        SampleValueFormatter.Text(sheet.Cell(row++, 2), code);
        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Exercice" : "Année");
        sheet.Cell(row++, 2).SetValue(structure.Year);
        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Nom" : "Nom de la structure");
        SampleValueFormatter.Text(sheet.Cell(row++, 2), structure.Name);
        if (style.FormTitle)
        {
            row++;
            sheet.Cell(row++, 1).SetValue("Ressources humaines au 31 décembre");
        }

        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Nombre de salariés" : "Salariés (personnes)");
        format.Integer(sheet.Cell(row++, 2), structure.StaffHeadcount);
        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "ETP" : "Salariés (ETP)");
        format.Decimal(sheet.Cell(row++, 2), structure.StaffFte);
        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Bénévoles" : "Bénévoles d'activité");
        format.Integer(sheet.Cell(row++, 2), structure.ActivityVolunteers);
        SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Administrateurs" : "Administrateurs bénévoles");
        format.Integer(sheet.Cell(row++, 2), structure.BoardVolunteers);
        if (structure.MemberFamilies is not null)
        {
            SampleValueFormatter.Text(sheet.Cell(row, 1), alt ? "Adhérents" : "Familles adhérentes");
            format.Integer(sheet.Cell(row++, 2), structure.MemberFamilies);
        }

        if (style.FormTitle)
        {
            row++;
            sheet.Cell(row, 1).SetValue("Remarque : chiffres issus du bilan d'activité validé en assemblée générale.");
        }

        sheet.Column(1).Width = 32;
        sheet.Column(2).Width = 24;
    }

    /// <summary>Writes title rows, the header row and the data rows; returns the first row after the data.</summary>
    private static int WriteTable<TRow>(IXLWorksheet sheet, string title, List<SampleColumn<TRow>> columns, IReadOnlyList<TRow> rows, SampleFileStyle style)
    {
        var ordered = style.ReversedColumns ? Enumerable.Reverse(columns).ToList() : columns;
        if (style.UnknownColumn)
        {
            ordered = [.. ordered, new SampleColumn<TRow>("Commentaire", "Commentaire", (cell, _, index) => { if (index % 2 == 0) { cell.SetValue("RAS"); } })];
        }

        var row = 1;
        for (var t = 0; t < style.TitleRows; t++)
        {
            sheet.Cell(row++, 1).SetValue(t == 0 ? title : "Une ligne par participation ; laissez vide ce qui ne vous concerne pas.");
        }

        for (var c = 0; c < ordered.Count; c++)
        {
            var header = sheet.Cell(row, c + 1);
            header.SetValue(style.AlternativeHeaders ? ordered[c].Alternative : ordered[c].Header);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.LightGray;
            sheet.Column(c + 1).Width = 22;
        }

        row++;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < ordered.Count; c++)
            {
                ordered[c].Write(sheet.Cell(row, c + 1), rows[r], r);
            }

            row++;
        }

        return row;
    }

    private static List<SampleColumn<MeetingRow>> MeetingColumns(SampleValueFormatter format, bool withoutType)
    {
        var columns = new List<SampleColumn<MeetingRow>>
        {
            new("Code événement", "Code rencontre", (cell, m, i) => SampleValueFormatter.Text(cell, m.EventCode is null ? null : i % 4 == 3 ? " " + m.EventCode.ToLowerInvariant() : m.EventCode)),
            new("Date", "Date de la rencontre", (cell, m, _) => format.Date(cell, m.Date)),
            new("Type de rencontre", "Type", (cell, m, i) => SampleValueFormatter.Text(cell, EventTypeText(m.EventType, i))),
            new("Salariés présents", "Salariés", (cell, m, _) => format.Integer(cell, m.StaffAttendees)),
            new("Bénévoles présents", "Bénévoles", (cell, m, _) => format.Integer(cell, m.VolunteerAttendees)),
            new("Direction présente", "Direction", (cell, m, _) => format.YesNo(cell, m.DirectorPresent)),
        };
        if (withoutType)
        {
            columns.RemoveAll(c => c.Header == "Type de rencontre");
        }

        return columns;
    }

    private static List<SampleColumn<TrainingRow>> TrainingColumns(SampleValueFormatter format) =>
    [
        new("Code action", "Code formation", (cell, t, i) => SampleValueFormatter.Text(cell, i % 3 == 2 ? t.ActionCode.ToLowerInvariant() : t.ActionCode)),
        new("Intitulé", "Titre", (cell, t, _) => SampleValueFormatter.Text(cell, t.Title)),
        new("Date", "Date de début", (cell, t, _) => format.Date(cell, t.Date)),
        new("Salariés formés", "Salariés", (cell, t, _) => format.Integer(cell, t.StaffTrainees)),
        new("Bénévoles formés", "Bénévoles", (cell, t, _) => format.Integer(cell, t.VolunteerTrainees)),
    ];

    private static List<SampleColumn<ProgrammeRow>> ProgrammeColumns(SampleValueFormatter format) =>
    [
        new("Dispositif", "Programme", (cell, p, i) => SampleValueFormatter.Text(cell, SampleLabels.Programme(p.Programme, i))),
        new("Intitulé du projet", "Projet", (cell, p, _) => SampleValueFormatter.Text(cell, p.ProjectTitle)),
        new("Statut", "État", (cell, p, i) => SampleValueFormatter.Text(cell, SampleLabels.Status(p.Status, i))),
        new("Montant accordé (€)", "Financement", (cell, p, i) => format.Money(cell, p.AmountEur, i)),
        new("Financeur", "Financeur principal", (cell, p, _) => SampleValueFormatter.Text(cell, p.Funder)),
        new("Habitants participants", "Participants", (cell, p, _) => format.Integer(cell, p.ResidentParticipants)),
        new("Actions réalisées", "Nombre d'actions", (cell, p, _) => format.Integer(cell, p.ActionsCount)),
    ];

    private static string EventTypeText(EventType type, int index) => SampleLabels.EventType(type, index);
}

/// <summary>A table column of a sample workbook: its French header, one accepted alternative, and how a row fills it.</summary>
internal sealed record SampleColumn<TRow>(string Header, string Alternative, Action<IXLCell, TRow, int> Write);

/// <summary>How a rejected sample is spoiled.</summary>
internal enum SampleCorruption
{
    None,
    /// <summary>« douze » in the first Formations row's « Salariés formés ».</summary>
    TextInIntegerColumn,
    /// <summary>The Rencontres table lacks its required « Type de rencontre » column.</summary>
    MissingRequiredColumn,
}
