using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// Cell values (§ Cell values): integers, decimals, amounts, dates, yes/no, text, errors and formulas, as real cells.
public partial class CentreWorkbookValidatorTests
{
    [Fact]
    public void DateCellOutsideTheYear_ShowsTheDateAsRead()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2024, 1, 9), "AG", 1, 0, null);
            },
        };

        var issue = Single(Validate(fixture), "DATE_OUTSIDE_YEAR");
        Assert.Equal("09/01/2024", issue.Value);
        Assert.Contains("la date 09/01/2024 n'est pas dans l'année d'activité 2023", issue.Message);
    }

    [Fact]
    public void NoisyNumber_IsShownAsExcelShowsIt()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 2.4999999999, 0);
            },
        };

        var issue = Single(Validate(fixture), "INTEGER_INVALID");
        Assert.Equal("2,5", issue.Value);
        Assert.StartsWith("Formations, ligne 2, colonne D (Salariés formés) : « 2,5 » n'est pas un nombre entier.", issue.Message);
    }

    [Fact]
    public void FormulaWithoutValueAndErrorCell_AreErrorsForTheirCells()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, CellValue.FromFormulaWithoutValue("SUM(X1:X3)"), CellValue.FromError("#DIV/0!"));
            },
        };

        var result = Validate(fixture);

        var formula = Single(result, "FORMULA_WITHOUT_VALUE");
        Assert.Equal(("D", "=SUM(X1:X3)"), (formula.Column, formula.Value));
        var error = Single(result, "CELL_ERROR");
        Assert.Equal(("E", "#DIV/0!"), (error.Column, error.Value));
        Assert.Contains("#DIV/0!", error.Message);
    }

    [Fact]
    public void FormulaLikeText_IsKeptAsText()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", "=HYPERLINK(\"http://x\")", null, 1, 0);
            },
        };

        var result = Validate(fixture);
        AssertAccepted(result);
        Assert.Equal("=HYPERLINK(\"http://x\")", result.Workbook!.Trainings[0].Title);
    }

    [Fact]
    public void TextLongerThanTheLimit_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", new string('x', 32_001), null, 1, 0);
            },
        };

        Assert.Equal("B", Single(Validate(fixture), "TEXT_INVALID").Column);
    }

    private const string Nbsp = "\u00A0";

    private const string Nnbsp = "\u202F";

    public static TheoryData<object, int> AcceptedIntegers() => new()
    {
        { 12, 12 },
        { RawCell.NumberLiteral("12.0"), 12 },
        { RawCell.NumberLiteral("12.000000000001"), 12 },
        { "12", 12 },
        { " 12 ", 12 },
        { "1 200", 1200 },
        { "1" + Nbsp + "200", 1200 },
        { "1" + Nnbsp + "200", 1200 },
        { RawCell.FormulaNumber("10+2", "12"), 12 },
        { RawCell.FormulaText("\"12\"", "12"), 12 },
        { RawCell.SharedFormulaChild(0, "12"), 12 },
        { RawCell.Number(12, RawCell.StyleMoney), 12 },
    };

    [Theory]
    [MemberData(nameof(AcceptedIntegers))]
    public async Task IntegerCell_AcceptedForm_IsReadAsTheInteger(object cell, int expected)
    {
        var package = Centre();
        package["Formations"].Set(2, "D", cell);
        if (cell is RawCell { Inner: var inner } && inner.Contains("shared", StringComparison.Ordinal))
        {
            package["Formations"].Set(3, "D", RawCell.SharedFormulaMaster("0*1", "D3:D3", 1, "0"));
        }

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Trainings[0].StaffTrainees);
    }

    public static TheoryData<object, string> RejectedIntegers() => new()
    {
        { "12,5", "12,5" },
        { "douze", "douze" },
        { -2, "-2" },
        { "-2", "-2" },
        { "1.200", "1.200" },
        { 12.5, "12,5" },
        { RawCell.Error("#N/A"), "#N/A" },
        { RawCell.Error("#DIV/0!"), "#DIV/0!" },
        { RawCell.FormulaWithoutValue("SUM(X1:X3)"), "=SUM(X1:X3)" },
    };

    [Theory]
    [MemberData(nameof(RejectedIntegers))]
    public async Task IntegerCell_RejectedForm_IsAnErrorOnThatCell(object cell, string shown)
    {
        var package = Centre();
        package["Formations"].Set(2, "D", cell);

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, "Formations", 2, "D", "Salariés formés", shown);
        Assert.StartsWith("Formations, ligne 2, colonne D (Salariés formés) : ", issue.Message, StringComparison.Ordinal);
        Assert.Contains("« " + shown + " »", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntegerText_Douze_GivesTheSpecMessage()
    {
        var package = Centre();
        package["Formations"].Set(7, "A", "SAL-REF").Set(7, "D", "douze").Set(7, "E", 1);

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, "Formations", 7, "D", "Salariés formés", "douze");
        Assert.Equal("Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.", issue.Message);
    }

    public static TheoryData<object, decimal> AcceptedDecimals() => new()
    {
        { 7.5, 7.5m },
        { "0,5", 0.5m },
        { "0.5", 0.5m },
        { "37,05", 37.05m },
        { "1 234,5", 1234.5m },
        { "1" + Nbsp + "234,5", 1234.5m },
        { "1" + Nnbsp + "234,5", 1234.5m },
        { RawCell.FormulaNumber("15/2", "7.5"), 7.5m },
        { RawCell.NumberLiteral("8.3600000000000003"), 8.36m },
    };

    [Theory]
    [MemberData(nameof(AcceptedDecimals))]
    public async Task DecimalCell_AcceptedForm_IsReadAsTheDecimal(object cell, decimal expected)
    {
        var package = Centre();
        package["Structure"].Set(4, "B", 2000).Set(5, "B", cell);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Structure.StaffFte);
    }

    [Theory]
    [InlineData("1,2,5")]
    [InlineData("1.234,5")]
    [InlineData("7,5 ETP")]
    [InlineData("sept")]
    [InlineData("-0,5")]
    public async Task DecimalText_RejectedForm_IsAnErrorOnTheEtpCell(string text)
    {
        var package = Centre();
        package["Structure"].Set(5, "B", text);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Structure", 5, "B", "Salariés (ETP)", text);
    }

    public static TheoryData<object, decimal> AcceptedMoney() => new()
    {
        { "441 245 €", 441245m },
        { "441245€", 441245m },
        { "3 600,00 €", 3600m },
        { "3" + Nbsp + "600,00" + Nbsp + "€", 3600m },
        { "€ 12,5", 12.5m },
        { "€12", 12m },
        { "12 EUR", 12m },
        { "12EUR", 12m },
        { "EUR 12", 12m },
        { "0", 0m },
        { RawCell.NumberLiteral("441245.00000000006"), 441245m },
        { RawCell.NumberLiteral("3600", RawCell.StyleMoney), 3600m },
        { RawCell.FormulaNumber("3000+600.5", "3600.5"), 3600.5m },
        { RawCell.NumberLiteral("0.30000000000000004"), 0.3m },
    };

    [Theory]
    [MemberData(nameof(AcceptedMoney))]
    public async Task MoneyCell_AcceptedForm_IsReadAsTheAmount(object cell, decimal expected)
    {
        var package = Centre();
        package["Dispositifs"].Set(3, "D", cell);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Programmes[1].AmountEur);
    }

    public static TheoryData<object, string> RejectedMoney() => new()
    {
        { "12,345 €", "12,345 €" },
        { RawCell.NumberLiteral("12.345"), "12,345" },
        { -5, "-5" },
        { "-5 €", "-5 €" },
        { "trois mille", "trois mille" },
        { "1,5,0 €", "1,5,0 €" },
        { RawCell.Error("#REF!"), "#REF!" },
    };

    [Theory]
    [MemberData(nameof(RejectedMoney))]
    public async Task MoneyCell_RejectedForm_IsAnErrorOnTheAmountCell(object cell, string shown)
    {
        var package = Centre();
        package["Dispositifs"].Set(3, "D", cell);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Dispositifs", 3, "D", "Montant accordé (€)", shown);
    }

    public static TheoryData<object, int, int> AcceptedDates() => new()
    {
        { RawCell.DateSerial(2023, 5, 12), 5, 12 },
        { RawCell.DateSerial(2023, 5, 12, RawCell.StyleDdMmYyyy), 5, 12 },
        { RawCell.DateSerial(2023, 5, 12, RawCell.StyleFrenchLongDate), 5, 12 },
        { RawCell.NumberLiteral("45058.75", RawCell.StyleDateTime22), 5, 12 },
        { RawCell.IsoDate("2023-05-12"), 5, 12 },
        { RawCell.IsoDate("2023-05-12T00:00:00"), 5, 12 },
        { RawCell.FormulaNumber("DATE(2023,5,12)", "45058", RawCell.StyleBuiltInDate14), 5, 12 },
        { RawCell.FormulaText("TEXTE(X1;\"jj/mm/aaaa\")", "12/05/2023"), 5, 12 },
        { "12/05/2023", 5, 12 },
        { " 12/05/2023 ", 5, 12 },
        { "12/05/23", 5, 12 },
        { "12-05-2023", 5, 12 },
        { "2023-05-12", 5, 12 },
        { "12 mai 2023", 5, 12 },
        { "12 MAI 2023", 5, 12 },
        { "1er juin 2023", 6, 1 },
        { "1 juin 2023", 6, 1 },
        { "15 février 2023", 2, 15 },
        { "15 fevrier 2023", 2, 15 },
        { "15 Février 2023", 2, 15 },
        { "3 août 2023", 8, 3 },
        { "3 aout 2023", 8, 3 },
        { "24 décembre 2023", 12, 24 },
        { "2/3/2023", 3, 2 },
    };

    [Theory]
    [MemberData(nameof(AcceptedDates))]
    public async Task DateCell_AcceptedForm_IsReadAsTheDate(object cell, int month, int day)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "B", cell);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new DateOnly(2023, month, day), result.Workbook!.Meetings[0].Date);
    }

    public static TheoryData<object, string> RejectedDates() => new()
    {
        { "05/13/2023", "05/13/2023" },
        { "31/02/2023", "31/02/2023" },
        { "mai 2023", "mai 2023" },
        { "demain", "demain" },
        { "12 mai 2022", "12 mai 2022" },
        { "12/05/2024", "12/05/2024" },
        { RawCell.DateSerial(2022, 12, 31, RawCell.StyleDdMmYyyy), "31/12/2022" },
        { RawCell.Error("#VALUE!"), "#VALUE!" },
        { RawCell.FormulaWithoutValue("DATE(2023,5,12)"), "=DATE(2023,5,12)" },
    };

    [Theory]
    [MemberData(nameof(RejectedDates))]
    public async Task DateCell_RejectedForm_IsAnErrorOnTheDateCell(object cell, string shown)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "B", cell);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 2, "B", "Date", shown);
    }

    public static TheoryData<object?, bool> YesNo() => new()
    {
        { "Oui", true }, { "oui", true }, { "OUI", true }, { "O", true }, { "X", true }, { "x", true }, { "Yes", true },
        { "1", true }, { 1, true }, { "Vrai", true }, { "VRAI", true }, { RawCell.Boolean(true), true }, { "TRUE", true },
        { "Non", false }, { "N", false }, { "No", false }, { "0", false }, { 0, false }, { "Faux", false },
        { RawCell.Boolean(false), false }, { "FALSE", false }, { null, false }, { " ", false },
        { RawCell.FormulaText("SI(X1>0;\"Oui\";\"Non\")", "Oui"), true },
    };

    [Theory]
    [MemberData(nameof(YesNo))]
    public async Task YesNoCell_AcceptedForm_IsReadAsYesOrNo(object? cell, bool expected)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "F", cell);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Meetings[0].DirectorPresent);
    }

    [Theory]
    [InlineData("Peut-être")]
    [InlineData("2")]
    [InlineData("Oui/Non")]
    public async Task YesNoCell_OtherText_IsAnError(string text)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "F", text);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 2, "F", "Direction présente", text);
    }

    [Fact]
    public async Task TextCells_AreTrimmedAndFolded_NumberCellReadInShortestForm()
    {
        var package = Centre();
        package["Formations"].Set(2, "A", 59).Set(2, "B", "  Être\u00A0 référent\n   famille ");
        package["Dispositifs"].Set(2, "E", RawCell.FormulaText("\"CAF\"&\" du Nord\"", "CAF du Nord"));

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal("59", result.Workbook!.Trainings[0].ActionCode);
        Assert.Equal("Être référent famille", result.Workbook.Trainings[0].Title);
        Assert.Equal("CAF du Nord", result.Workbook.Programmes[0].Funder);
    }

    [Fact]
    public async Task NumberCellInTextColumn_WithFractionAndNoise_IsItsShortestInvariantForm()
    {
        var package = Centre();
        package["Formations"].Set(2, "A", RawCell.NumberLiteral("59.000000000000007"));

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal("59", result.Workbook!.Trainings[0].ActionCode);
    }

    [Fact]
    public async Task ErrorCellInTextColumn_IsAnError()
    {
        var package = Centre();
        package["Formations"].Set(2, "A", RawCell.Error("#N/A"));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Formations", 2, "A", "Code action", "#N/A");
    }

    [Fact]
    public async Task EnumValueMatchingNothing_IsAnErrorListingTheAcceptedLabels()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "C", "Séminaire");

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, "Rencontres", 2, "C", "Type de rencontre", "Séminaire");
        foreach (var label in new[] { "Assemblée territoriale", "Réunion des directions", "Réunion des présidences", "Assemblée générale", "Congrès", "Autre rencontre" })
        {
            Assert.Contains(label, issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SharedStringPackage_ReadsLikeInlineStrings()
    {
        var package = Centre();
        package.UseSharedStrings = true;

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Meetings.Count);
        Assert.Equal(Model.EventType.AT, result.Workbook.Meetings[0].EventType);
    }

    [Theory]
    [InlineData("<f>IF(X1=\"\",\"\",X1)</f><v></v>")]
    [InlineData("<f>IF(X1=\"\",\"\",X1)</f><v/>")]
    public async Task FormulaWithEmptyTextResult_InAnOptionalColumn_IsBlank(string inner)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "F", new RawCell("t=\"str\"", inner));
        package["Rencontres"].Set(2, "A", new RawCell("t=\"str\"", inner));

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.False(result.Workbook!.Meetings[0].DirectorPresent);
        Assert.Null(result.Workbook.Meetings[0].EventCode);
    }

    [Fact]
    public async Task FormulaWithEmptyTextResult_InARequiredColumn_IsABlankRequiredValue()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "D", new RawCell("t=\"str\"", "<f>IF(X1=\"\",\"\",X1)</f><v></v>"));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 2, "D", "Salariés présents");
        Assert.Equal("VALUE_REQUIRED", result.Issues[0].Code);
    }

    [Fact]
    public async Task FormulaWithoutValue_InTheStructureForm_IsAnErrorOnTheValueCell()
    {
        var package = Centre();
        package["Structure"].Set(6, "B", RawCell.FormulaWithoutValue("SUM(D1:D9)"));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Structure", 6, "B", "Bénévoles d'activité", "=SUM(D1:D9)");
    }
}
