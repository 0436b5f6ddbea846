using System.Globalization;
using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports.Excel;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Templates;

/// <summary>
/// Writes a blank centre workbook (format v1) pre-filled for one structure: a « Lisez-moi » sheet, the four data sheets
/// with their canonical headers (from the validation's column definitions), a « Calendrier » sheet listing the year's
/// events (the event-code dropdown lists its codes), dropdown lists for every enumerated column and for the catalogue's
/// action codes (on a hidden « Listes » sheet), input help on headers, the Structure sheet's code and year locked, and
/// every visible sheet set up to print on A4 (<see cref="TemplatePrint"/>).
/// </summary>
public sealed class CentreTemplateWriter
{
    /// <summary>The format version the template follows.</summary>
    public const string FormatVersion = "v1";

    private const string ListsSheet = "Listes";
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0x1F, 0x4E, 0x79);
    private static readonly XLColor LockedFill = XLColor.FromArgb(0xE7, 0xE6, 0xE6);
    private static readonly XLColor InputFill = XLColor.FromArgb(0xFF, 0xF2, 0xCC);
    private static readonly XLColor OwnTerritoryFill = XLColor.FromArgb(0xDD, 0xEB, 0xF7);

    private readonly CentreTemplateOptions _options;

    public CentreTemplateWriter(CentreTemplateOptions? options = null) => _options = options ?? new CentreTemplateOptions();

    /// <summary>The file name a centre receives, e.g. <c>remontee-2025-59-LIL-001.xlsx</c>.</summary>
    public static string FileName(int year, string structureCode) =>
        string.Create(CultureInfo.InvariantCulture, $"remontee-{year}-{structureCode}.xlsx");

    /// <summary>Writes the template of <paramref name="structure"/> for the reference's year.</summary>
    public void Write(ReferenceWorkbook reference, MemberStructure structure, Stream output)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(output);
        using var book = new XLWorkbook();
        book.Style.Font.FontName = TemplatePrint.FontName;
        book.Style.Font.FontSize = TemplatePrint.FontSize;
        var printTitle = string.Create(CultureInfo.InvariantCulture, $"Remontée annuelle d'activité {reference.Year} — {structure.Code}");
        book.Properties.Title = printTitle;
        book.Properties.Author = "Fédération des centres sociaux";

        var readMe = book.AddWorksheet(TemplateReadMe.SheetName);
        var structureSheet = book.AddWorksheet(StructureSheet.Definition.Name);
        var meetings = book.AddWorksheet(RencontresSheet.Definition.Name);
        var trainings = book.AddWorksheet(FormationsSheet.Definition.Name);
        var programmes = book.AddWorksheet(DispositifsSheet.Definition.Name);
        var calendar = book.AddWorksheet(TemplateCalendar.SheetName);
        var lists = new TemplateLists(book.AddWorksheet(ListsSheet));

        TemplateReadMe.Write(readMe, reference, structure, _options, HeaderFill, printTitle);
        WriteStructure(structureSheet, reference.Year, structure, printTitle);
        var eventCodes = TemplateCalendar.Write(calendar, reference, structure, HeaderFill, OwnTerritoryFill, printTitle);
        var actionCodes = lists.Add("Codes action", reference.Catalogue.Select(a => a.ActionCode));
        var year = reference.Year;
        WriteTable(meetings, RencontresSheet.Definition, lists, year, printTitle, new Dictionary<ColumnDefinition, IXLRange> { [RencontresSheet.EventCode] = eventCodes });
        WriteTable(trainings, FormationsSheet.Definition, lists, year, printTitle, new Dictionary<ColumnDefinition, IXLRange> { [FormationsSheet.ActionCode] = actionCodes });
        WriteTable(programmes, DispositifsSheet.Definition, lists, year, printTitle, []);
        lists.Sheet.Visibility = XLWorksheetVisibility.Hidden;
        readMe.SetTabActive();
        WorkbookSaving.Save(book, output, (TemplatePrint.FontName, TemplatePrint.FontSize));
    }

    private static void WriteStructure(IXLWorksheet sheet, int year, MemberStructure structure, string printTitle)
    {
        var fields = StructureSheet.Definition.Columns;
        for (var i = 0; i < fields.Count; i++)
        {
            var row = i + 1;
            var field = fields[i];
            var label = sheet.Cell(row, 1);
            label.SetValue(field.FrenchHeader);
            label.Style.Font.Bold = field.Required;
            var value = sheet.Cell(row, 2);
            value.Style.Protection.Locked = false;
            value.Style.Fill.BackgroundColor = InputFill;
            value.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;

            if (field == StructureSheet.StructureCode)
            {
                value.SetValue(structure.Code);
                Lock(value);
            }
            else if (field == StructureSheet.Year)
            {
                value.SetValue(year);
                Lock(value);
            }
            else if (field == StructureSheet.Name)
            {
                value.SetValue(structure.Name);
            }

            var help = Help(field, year);
            var validation = value.SetDataValidation();
            ApplyKind(validation, field, year);
            validation.InputTitle = Truncate(field.FrenchHeader, 32);
            validation.InputMessage = Truncate(help, 255);
            validation.ShowInputMessage = true;
        }

        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 42;
        TemplatePrint.Setup(sheet, XLPageOrientation.Portrait, printTitle, null);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.SelectEverything, true)
            .AllowElement(XLSheetProtectionElements.FormatColumns, true)
            .AllowElement(XLSheetProtectionElements.FormatRows, true);
    }

    private static void Lock(IXLCell cell)
    {
        cell.Style.Protection.Locked = true;
        cell.Style.Fill.BackgroundColor = LockedFill;
    }

    private void WriteTable(IXLWorksheet sheet, SheetDefinition definition, TemplateLists lists, int year, string printTitle, Dictionary<ColumnDefinition, IXLRange> codeLists)
    {
        var headerLines = 1;
        for (var c = 0; c < definition.Columns.Count; c++)
        {
            var column = definition.Columns[c];
            var header = sheet.Cell(1, c + 1);
            header.SetValue(column.FrenchHeader);
            header.Style.Font.Bold = true;
            header.Style.Font.FontColor = XLColor.White;
            header.Style.Fill.BackgroundColor = HeaderFill;
            header.Style.Alignment.WrapText = true;
            header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var width = Width(column);
            sheet.Column(c + 1).Width = width;
            headerLines = Math.Max(headerLines, TemplatePrint.Lines(column.FrenchHeader, width));
            var help = Help(column, year);
            var headerHelp = header.SetDataValidation();
            headerHelp.AllowedValues = XLAllowedValues.AnyValue;
            headerHelp.InputTitle = Truncate(column.FrenchHeader, 32);
            headerHelp.InputMessage = Truncate(help, 255);
            headerHelp.ShowInputMessage = true;

            var data = sheet.Range(2, c + 1, _options.TableRows + 1, c + 1);
            var validation = data.SetDataValidation();
            if (codeLists.TryGetValue(column, out var codes))
            {
                validation.List(codes, true);
                validation.ErrorStyle = XLErrorStyle.Warning;
                validation.ErrorTitle = "Code inconnu";
                validation.ErrorMessage = "Ce code ne figure pas dans le référentiel de l'année. Choisissez-le dans la liste.";
            }
            else if (column.Kind == ColumnKind.Enum && column.Vocabulary is { } vocabulary)
            {
                validation.List(lists.Add(column.FrenchHeader, vocabulary.Labels), true);
                validation.ErrorStyle = XLErrorStyle.Warning;
                validation.ErrorTitle = "Valeur hors liste";
                validation.ErrorMessage = "Choisissez une valeur de la liste : " + Truncate(string.Join(", ", vocabulary.Labels), 180);
            }
            else
            {
                ApplyKind(validation, column, year);
                if (column.Kind == ColumnKind.Date)
                {
                    data.Style.NumberFormat.Format = "dd/mm/yyyy";
                }
            }

            validation.IgnoreBlanks = true;
            validation.InputTitle = Truncate(column.FrenchHeader, 32);
            validation.InputMessage = Truncate(help, 255);
            validation.ShowInputMessage = true;
            if (column.Kind == ColumnKind.Money)
            {
                data.Style.NumberFormat.Format = "#,##0.00 €";
            }
        }

        sheet.Row(1).Height = TemplatePrint.Height(headerLines);
        sheet.SheetView.FreezeRows(1);
        var tableWidth = definition.Columns.Sum(Width);
        TemplatePrint.Setup(sheet, tableWidth > PortraitWidth ? XLPageOrientation.Landscape : XLPageOrientation.Portrait, printTitle, 1);
        sheet.PageSetup.ShowGridlines = true;
    }

    /// <summary>Column widths (Excel units) that fit the values a centre types: codes, dates and numbers are short; a header longer than its column wraps between words.</summary>
    private static double Width(ColumnDefinition column)
    {
        var longestWord = column.FrenchHeader.Split(' ').Max(w => w.Length) + 2;
        var forValues = column.Kind switch
        {
            ColumnKind.Text when column.Identifier.EndsWith("_code", StringComparison.Ordinal) => 16,
            ColumnKind.Text => 30,
            ColumnKind.Enum => Math.Clamp((column.Vocabulary?.Labels.Max(l => l.Length) ?? 20) + 3, 14, 30),
            ColumnKind.Date => 12,
            ColumnKind.Money => 15,
            ColumnKind.YesNo => 11,
            _ => 12,
        };
        return Math.Max(longestWord, forValues);
    }

    /// <summary>The widest table (sum of column widths) that prints on A4 portrait at 100 %.</summary>
    private const double PortraitWidth = 95;

    private static void ApplyKind(IXLDataValidation validation, ColumnDefinition column, int year)
    {
        switch (column.Kind)
        {
            case ColumnKind.Integer:
                if (column == StructureSheet.Year)
                {
                    validation.WholeNumber.Between(year, year);
                }
                else
                {
                    validation.WholeNumber.EqualOrGreaterThan(0);
                }

                validation.ErrorMessage = "Saisissez un nombre entier positif ou nul, par exemple 12.";
                break;
            case ColumnKind.Decimal:
            case ColumnKind.Money:
                validation.Decimal.EqualOrGreaterThan(0);
                validation.ErrorMessage = "Saisissez un nombre positif ou nul, par exemple 0,5.";
                break;
            case ColumnKind.Date:
                validation.Date.Between(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified));
                validation.ErrorMessage = string.Create(CultureInfo.InvariantCulture, $"Saisissez une date de l'année {year}, au format jj/mm/aaaa.");
                break;
            case ColumnKind.YesNo:
                validation.List("\"Oui,Non\"", true);
                validation.ErrorMessage = "Choisissez Oui ou Non.";
                break;
            default:
                validation.AllowedValues = XLAllowedValues.AnyValue;
                return;
        }

        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = "Valeur non valide";
    }

    private static string Help(ColumnDefinition column, int year)
    {
        var need = column.Required ? "Obligatoire. " : "Facultatif. ";
        var what = column.Kind switch
        {
            ColumnKind.Integer => "Nombre entier, 0 ou plus.",
            ColumnKind.Decimal => "Nombre, décimales avec une virgule (par exemple 12,5).",
            ColumnKind.Money => "Montant en euros, au plus 2 décimales.",
            ColumnKind.Date => string.Create(CultureInfo.InvariantCulture, $"Date de l'année {year}, jj/mm/aaaa."),
            ColumnKind.YesNo => "Oui ou Non (vide : Non).",
            ColumnKind.Enum => "Choisissez dans la liste.",
            _ => "Texte libre.",
        };
        return column.Identifier switch
        {
            "structure_code" => "Votre code structure, fourni par la fédération. Verrouillé.",
            "year" => "L'année d'activité déclarée. Verrouillée.",
            "event_code" => "Code de la rencontre dans le calendrier fédéral (liste). Date, type et intitulé de chaque code : feuille « Calendrier ». Vide : la rencontre est reconnue par sa date et son type.",
            "action_code" => "Obligatoire. Code de l'action dans le catalogue de formation fédéral (liste). Plusieurs lignes pour le même code sont additionnées.",
            "amount_eur" => "Montant accordé en euros ; obligatoire pour Santé, Vacances et Lab Social en cours ou terminés.",
            _ => need + what,
        };
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Lists written one per column on the hidden « Listes » sheet, referenced by the dropdowns.</summary>
    private sealed class TemplateLists(IXLWorksheet sheet)
    {
        private int _column;

        public IXLWorksheet Sheet { get; } = sheet;

        public IXLRange Add(string title, IEnumerable<string> values)
        {
            _column++;
            Sheet.Cell(1, _column).SetValue(title);
            Sheet.Cell(1, _column).Style.Font.Bold = true;
            var row = 1;
            foreach (var value in values)
            {
                row++;
                Sheet.Cell(row, _column).SetValue(value);
            }

            Sheet.Column(_column).Width = 32;
            return Sheet.Range(2, _column, Math.Max(2, row), _column);
        }
    }
}
