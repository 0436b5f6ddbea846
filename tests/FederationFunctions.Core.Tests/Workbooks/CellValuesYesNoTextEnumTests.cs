using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Tests.Workbooks;

public class CellValuesYesNoTextEnumTests
{
    [Theory]
    [InlineData("Oui", true)]
    [InlineData("oui ", true)]
    [InlineData("OUI", true)]
    [InlineData("O", true)]
    [InlineData("X", true)]
    [InlineData("x", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("Vrai", true)]
    [InlineData("VRAI", true)]
    [InlineData("TRUE", true)]
    [InlineData("Non", false)]
    [InlineData("N", false)]
    [InlineData("No", false)]
    [InlineData("0", false)]
    [InlineData("Faux", false)]
    [InlineData("FALSE", false)]
    [InlineData("false", false)]
    public void TextYesNo_IsAccepted(string text, bool expected) =>
        Cultures.ForEach(() =>
        {
            var result = CellValueParser.ParseYesNo(CellValue.FromText(text));
            Assert.True(result.IsValid, result.Error);
            Assert.Equal(expected, result.Value);
        });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BooleanCell_IsItsValue(bool value) =>
        Assert.Equal(value, CellValueParser.ParseYesNo(CellValue.FromBoolean(value)).Value);

    [Theory]
    [InlineData(1d, true)]
    [InlineData(0d, false)]
    public void NumberCellOneOrZero_IsYesOrNo(double number, bool expected) =>
        Assert.Equal(expected, CellValueParser.ParseYesNo(CellValue.FromNumber(number)).Value);

    [Fact]
    public void Blank_IsNo()
    {
        var result = CellValueParser.ParseYesNo(CellValue.Blank);
        Assert.False(result.IsInvalid);
        Assert.False(result.Value);
    }

    [Theory]
    [InlineData("peut-être")]
    [InlineData("2")]
    [InlineData("oui/non")]
    [InlineData("si")]
    [InlineData("-")]
    public void OtherText_IsRejectedForYesNo(string text) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseYesNo(CellValue.FromText(text)).IsInvalid, text));

    [Fact]
    public void OtherNumber_IsRejectedForYesNo()
    {
        var result = CellValueParser.ParseYesNo(CellValue.FromNumber(2));
        Assert.Equal("« 2 » n'est ni oui ni non. Saisissez Oui ou Non (ou laissez vide pour Non).", result.Error);
    }

    [Theory]
    [InlineData("  Bonjour   le\u00A0monde  ", "Bonjour le monde")]
    [InlineData("ligne\nsuivante", "ligne suivante")]
    [InlineData("=SOMME(A1:A3)", "=SOMME(A1:A3)")]
    [InlineData("+33 6 12", "+33 6 12")]
    [InlineData("-abc", "-abc")]
    [InlineData("@cmd", "@cmd")]
    public void Text_IsTrimmedAndFoldedNeverEvaluated(string text, string expected) =>
        Assert.Equal(expected, CellValueParser.ParseText(CellValue.FromText(text)).Value);

    [Theory]
    [InlineData(59d, "59")]
    [InlineData(1.5d, "1.5")]
    [InlineData(441245.00000000006d, "441245")]
    [InlineData(0.125d, "0.125")]
    [InlineData(1e20d, "100000000000000000000")]
    public void NumberCellInTextColumn_IsItsShortestInvariantForm(double number, string expected) =>
        Cultures.ForEach(() => Assert.Equal(expected, CellValueParser.ParseText(CellValue.FromNumber(number)).Value));

    [Fact]
    public void DateFormattedNumberInTextColumn_IsTheDate() =>
        Assert.Equal("15/03/2023", CellValueParser.ParseText(CellValue.FromNumber(45000, isDateFormatted: true)).Value);

    [Fact]
    public void TextLongerThanTheLimit_IsRejected()
    {
        var result = CellValueParser.ParseText(CellValue.FromText(new string('a', 32_001)));
        Assert.True(result.IsInvalid);
        Assert.Contains("32 001", result.Error!.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.True(CellValueParser.ParseText(CellValue.FromText(new string('a', 32_000))).IsValid);
    }

    [Theory]
    [InlineData("Assemblée territoriale", EventType.AT)]
    [InlineData("ASSEMBLEE TERRITORIALE", EventType.AT)]
    [InlineData("assemblee_territoriale", EventType.AT)]
    [InlineData("AT", EventType.AT)]
    [InlineData("Réunion des directions", EventType.DIRECTIONS)]
    [InlineData("CODIR", EventType.DIRECTIONS)]
    [InlineData("codir", EventType.DIRECTIONS)]
    [InlineData("Réunion des présidences", EventType.PRESIDENCES)]
    [InlineData("Assemblée générale", EventType.AG)]
    [InlineData("AG", EventType.AG)]
    [InlineData("Congrès", EventType.CONGRES)]
    [InlineData("congres", EventType.CONGRES)]
    [InlineData("Autre rencontre", EventType.AUTRE)]
    [InlineData("Autre", EventType.AUTRE)]
    public void EventTypeSpellings_AreMatchedLikeHeaders(string text, EventType expected) =>
        Cultures.ForEach(() => Assert.Equal(expected, CellValueParser.ParseEnum(CellValue.FromText(text), EventTypes.Vocabulary).Value));

    [Theory]
    [InlineData("Centres Sociaux Connectés", ProgrammeCode.CSC)]
    [InlineData("centres sociaux connectes", ProgrammeCode.CSC)]
    [InlineData("CSC", ProgrammeCode.CSC)]
    [InlineData("Vivons Retraite (CARSAT)", ProgrammeCode.VIVONS_RETRAITE)]
    [InlineData("Bienvenue à la retraite", ProgrammeCode.VIVONS_RETRAITE)]
    [InlineData("Lab Social (CARSAT)", ProgrammeCode.LAB_SOCIAL)]
    [InlineData("Mona Lisa", ProgrammeCode.MONALISA)]
    [InlineData("Ecole Famille Quartier", ProgrammeCode.EFQ)]
    [InlineData("ANCV", ProgrammeCode.VACANCES)]
    [InlineData("Vacances (ANCV)", ProgrammeCode.VACANCES)]
    [InlineData("PDN", ProgrammeCode.PROMENEURS)]
    [InlineData("RP62", ProgrammeCode.PARENTALITE_62)]
    [InlineData("Mois de la parentalité", ProgrammeCode.MOIS_PARENTALITE)]
    [InlineData("Santé – nutrition", ProgrammeCode.SANTE_NUTRITION)]
    [InlineData("SANTE_NUTRITION", ProgrammeCode.SANTE_NUTRITION)]
    [InlineData("Prévention cancer", ProgrammeCode.SANTE_CANCER)]
    [InlineData("DSL & Ruralité", ProgrammeCode.DSL_RURALITE)]
    [InlineData("Ruralité (MSA)", ProgrammeCode.DSL_RURALITE)]
    [InlineData("autre", ProgrammeCode.AUTRE)]
    public void ProgrammeSpellings_AreMatched(string text, ProgrammeCode expected) =>
        Cultures.ForEach(() => Assert.Equal(expected, CellValueParser.ParseEnum(CellValue.FromText(text), Programmes.Vocabulary).Value));

    [Fact]
    public void NumberCellDepartment_IsMatchedByItsCode()
    {
        Assert.Equal(Department.Nord, CellValueParser.ParseEnum(CellValue.FromNumber(59), Departments.Vocabulary).Value);
        Assert.Equal(Department.PasDeCalais, CellValueParser.ParseEnum(CellValue.FromText("Pas de Calais"), Departments.Vocabulary).Value);
    }

    [Fact]
    public void UnknownEnumValue_ErrorListsTheAcceptedLabels()
    {
        var result = CellValueParser.ParseEnum(CellValue.FromText("Réunion"), EventTypes.Vocabulary);
        Assert.Equal(
            "« Réunion » ne figure pas dans la liste des types de rencontre. Choisissez parmi : Assemblée territoriale, Réunion des directions, Réunion des présidences, Assemblée générale, Congrès, Autre rencontre.",
            result.Error);
    }
}
