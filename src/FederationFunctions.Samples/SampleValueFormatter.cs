using System.Globalization;
using ClosedXML.Excel;

namespace FederationFunctions.Samples;

/// <summary>Writes values into cells the way the file's style says a person typed them.</summary>
internal sealed class SampleValueFormatter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] MonthNames =
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private readonly SampleFileStyle _style;

    public SampleValueFormatter(SampleFileStyle style) => _style = style;

    public static void Text(IXLCell cell, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            cell.SetValue(text);
        }
    }

    public void Integer(IXLCell cell, int? value)
    {
        if (value is null)
        {
            return;
        }

        if (_style.NumbersAsText)
        {
            // A no-break space as thousands separator, as French Excel types it.
            cell.SetValue(value.Value.ToString("#,0", French).Replace('\u202F', '\u00A0'));
        }
        else
        {
            cell.SetValue(value.Value);
        }
    }

    public void Decimal(IXLCell cell, decimal value)
    {
        if (_style.NumbersAsText)
        {
            cell.SetValue(value.ToString("0.##", French));
        }
        else
        {
            cell.SetValue((double)value);
        }
    }

    public void Money(IXLCell cell, decimal? value, int rowIndex)
    {
        if (value is null)
        {
            return;
        }

        if (!_style.MoneyAsText)
        {
            cell.SetValue((double)value.Value);
            cell.Style.NumberFormat.Format = "#,##0.00 €";
            return;
        }

        // « 3 600,00 € », « 441245€ », « EUR 1 200 » in turn.
        var text = (rowIndex % 3) switch
        {
            0 => value.Value.ToString("#,0.00", French).Replace('\u202F', ' ') + " €",
            1 => value.Value.ToString("0.##", French) + "€",
            _ => "EUR " + value.Value.ToString("#,0.##", French).Replace('\u202F', '\u00A0'),
        };
        cell.SetValue(text);
    }

    public void Date(IXLCell cell, DateOnly? value)
    {
        if (value is null)
        {
            return;
        }

        var date = value.Value;
        switch (_style.DateForm)
        {
            case SampleDateForm.FrenchText:
                var day = date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
                cell.SetValue(string.Create(CultureInfo.InvariantCulture, $"{day} {MonthNames[date.Month - 1]} {date.Year}"));
                break;
            case SampleDateForm.SlashText:
                cell.SetValue(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                break;
            case SampleDateForm.IsoText:
                cell.SetValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case SampleDateForm.ShortYearText:
                cell.SetValue(date.ToString("dd/MM/yy", CultureInfo.InvariantCulture));
                break;
            default:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = "dd/mm/yyyy";
                break;
        }
    }

    public void YesNo(IXLCell cell, bool value)
    {
        switch (_style.YesNoForm)
        {
            case SampleYesNoForm.ON:
                cell.SetValue(value ? "O" : "N");
                break;
            case SampleYesNoForm.XBlank:
                if (value)
                {
                    cell.SetValue("X");
                }

                break;
            case SampleYesNoForm.YesNo:
                cell.SetValue(value ? "Yes" : "No");
                break;
            case SampleYesNoForm.OneZero:
                cell.SetValue(value ? 1 : 0);
                break;
            case SampleYesNoForm.VraiFaux:
                cell.SetValue(value ? "Vrai" : "Faux");
                break;
            case SampleYesNoForm.BooleanCell:
                cell.SetValue(value);
                break;
            default:
                cell.SetValue(value ? "Oui" : "Non");
                break;
        }
    }
}
