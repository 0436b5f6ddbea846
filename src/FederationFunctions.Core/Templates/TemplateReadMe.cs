using System.Globalization;
using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Centre;

namespace FederationFunctions.Core.Templates;

/// <summary>
/// The template's « Lisez-moi » sheet: what to fill, how, the deadline, how to send, whom to ask, and where the format is
/// described (<c>docs/classeur-centre.md</c>, and <c>docs/classeur-referentiel.md</c> for the calendar and catalogue):
/// links under <see cref="CentreTemplateOptions.DocumentationUrl"/> when it is set, the documents' names otherwise.
/// One wrapped column, each row as tall as its text, printed portrait on A4.
/// </summary>
internal static class TemplateReadMe
{
    public const string SheetName = "Lisez-moi";

    /// <summary>Wide enough for a line of about 90 characters, narrow enough for an A4 page in portrait at 100 %.</summary>
    private const double Width = 92;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private enum Kind
    {
        Title,
        Subtitle,
        Heading,
        Text,
        Blank,
    }

    public static void Write(IXLWorksheet sheet, ReferenceWorkbook reference, MemberStructure structure, CentreTemplateOptions options, XLColor headingColour, string printTitle)
    {
        var year = reference.Year.ToString(CultureInfo.InvariantCulture);
        var deadline = options.DeadlineFor(reference.Year).ToString("d MMMM yyyy", French);
        var lines = new List<(Kind Kind, string Text, Uri? Link)>
        {
            (Kind.Title, $"Remontée annuelle d'activité {year}", null),
            (Kind.Subtitle, $"{structure.Name} — code structure {structure.Code}", null),
            (Kind.Blank, string.Empty, null),
            (Kind.Heading, "Ce que vous avez à remplir", null),
            (Kind.Text, $"1. Feuille « {StructureSheet.Definition.Name} » : vos salariés (personnes et ETP), bénévoles d'activité, administrateurs bénévoles et familles adhérentes. Le code et l'année sont déjà remplis et verrouillés.", null),
            (Kind.Text, $"2. Feuille « {RencontresSheet.Definition.Name} » : une ligne par rencontre fédérale ou territoriale à laquelle vous avez participé. Choisissez le code événement dans la liste (ou laissez-le vide et indiquez la date et le type).", null),
            (Kind.Text, $"3. Feuille « {FormationsSheet.Definition.Name} » : une ligne par action de formation suivie (code action du catalogue fédéral, nombre de salariés et de bénévoles formés).", null),
            (Kind.Text, $"4. Feuille « {DispositifsSheet.Definition.Name} » : une ligne par dispositif ou projet (dispositif, statut, montant accordé, habitants participants, actions réalisées).", null),
            (Kind.Text, $"La feuille « {TemplateCalendar.SheetName} » est à consulter seulement : les rencontres {year} du calendrier fédéral, avec leur code, leur date, leur type et leur intitulé ; celles de votre territoire d'abord, puis celles de toute la fédération, puis celles des autres territoires. Elle est protégée (sans mot de passe) et n'est pas lue à l'envoi.", null),
            (Kind.Blank, string.Empty, null),
            (Kind.Heading, "Comment remplir", null),
            (Kind.Text, "• Ne modifiez pas les en-têtes ni les noms des feuilles ; n'ajoutez pas de ligne de total (les totaux sont recalculés par la fédération).", null),
            (Kind.Text, "• Utilisez les listes déroulantes ; une bulle d'aide s'affiche quand vous sélectionnez une cellule.", null),
            (Kind.Text, $"• Nombres : chiffres seulement (12, 1 200, 0,5). Dates : jj/mm/aaaa, dans l'année {year}. Montants en euros, au plus 2 décimales.", null),
            (Kind.Text, "• Une feuille sans objet peut rester vide.", null),
            (Kind.Blank, string.Empty, null),
            (Kind.Heading, "Date limite", null),
            (Kind.Text, $"À envoyer avant le {deadline}.", null),
            (Kind.Blank, string.Empty, null),
            (Kind.Heading, "Comment l'envoyer", null),
            (Kind.Text, options.UploadInstructions, null),
            (Kind.Text, "Enregistrez au format .xlsx (pas .xls ni .ods). Vous recevrez un rapport de retour qui indique, ligne par ligne, ce qui est à corriger ; vous pouvez renvoyer une version corrigée à tout moment, la dernière acceptée fait foi.", null),
            (Kind.Blank, string.Empty, null),
            (Kind.Heading, "Contact", null),
            (Kind.Text, options.Contact, null),
            (Kind.Blank, string.Empty, null),
            (Kind.Heading, "Pour en savoir plus", null),
            Document(options, "classeur-centre.md", "Le classeur annuel d'une structure", "chaque feuille et chaque colonne, les vérifications faites à l'envoi et ce que dit le rapport de retour"),
            Document(options, "classeur-referentiel.md", "Le référentiel fédéral", "d'où viennent le calendrier, le catalogue de formation et la liste des structures adhérentes"),
            (Kind.Text, $"Format du classeur : {CentreTemplateWriter.FormatVersion} (« Remontée annuelle d'activité », centre-workbook-{CentreTemplateWriter.FormatVersion}).", null),
        };

        sheet.Column(1).Width = Width;
        for (var i = 0; i < lines.Count; i++)
        {
            var (kind, text, link) = lines[i];
            var cell = sheet.Cell(i + 1, 1);
            cell.SetValue(text);
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var size = kind switch
            {
                Kind.Title => 16,
                Kind.Subtitle => 12,
                _ => TemplatePrint.FontSize,
            };
            cell.Style.Font.FontSize = size;
            cell.Style.Font.Bold = kind is Kind.Title or Kind.Heading;
            if (kind == Kind.Heading)
            {
                cell.Style.Font.FontColor = headingColour;
            }

            if (link is not null)
            {
                cell.Hyperlink = new XLHyperlink(link);
                cell.Style.Font.FontColor = XLColor.FromArgb(0x05, 0x63, 0xC1);
                cell.Style.Font.Underline = XLFontUnderlineValues.Single;
            }

            sheet.Row(i + 1).Height = kind == Kind.Blank ? 8 : TemplatePrint.Height(TemplatePrint.Lines(text, Width, size), size);
        }

        TemplatePrint.Setup(sheet, XLPageOrientation.Portrait, printTitle, null);
    }

    private static (Kind, string, Uri?) Document(CentreTemplateOptions options, string fileName, string title, string what)
    {
        var url = options.DocumentUrl(fileName);
        return url is null
            ? (Kind.Text, $"• « {title} » : {what}. C'est le document docs/{fileName} du projet FederationFunctions ; demandez-le à la fédération.", null)
            : (Kind.Text, $"• « {title} » : {what}. {url.AbsoluteUri}", url);
    }
}
