using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Reference;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Tests.Validation;

public class SheetDefinitionTests
{
    public static TheoryData<string> AllSheets()
    {
        var data = new TheoryData<string>();
        foreach (var sheet in CentreWorkbookFormat.Sheets.Concat(ReferenceWorkbookFormat.Sheets))
        {
            data.Add(sheet.Name);
        }

        return data;
    }

    private static SheetDefinition Find(string name) =>
        CentreWorkbookFormat.Sheets.Concat(ReferenceWorkbookFormat.Sheets).Single(s => s.Name == name);

    [Theory]
    [MemberData(nameof(AllSheets))]
    public void NoHeaderNamesTwoColumnsOfTheSameSheet(string sheetName)
    {
        var sheet = Find(sheetName);
        var owners = sheet.Columns
            .SelectMany(c => c.AcceptedHeaders.Select(h => (Key: HeaderNormalizer.Normalize(h), c.Identifier)))
            .Distinct()
            .GroupBy(x => x.Key)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToArray();
        Assert.Empty(owners);
    }

    [Theory]
    [MemberData(nameof(AllSheets))]
    public void EnumColumnsHaveAVocabulary_AndOthersDoNot(string sheetName)
    {
        foreach (var column in Find(sheetName).Columns)
        {
            Assert.Equal(column.Kind == ColumnKind.Enum, column.Vocabulary is not null);
        }
    }

    [Fact]
    public void CentreSheetNames_AreDistinctAfterNormalisation()
    {
        var names = CentreWorkbookFormat.Sheets.SelectMany(s => s.AlternativeNames.Prepend(s.Name)).Select(HeaderNormalizer.NormalizeSheetName).ToArray();
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Fact]
    public void SpecHeaders_AreTheCanonicalFrenchHeaders()
    {
        Assert.Equal(
            ["Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente"],
            RencontresSheet.Definition.Columns.Select(c => c.FrenchHeader));
        Assert.Equal(
            ["Code action", "Intitulé", "Date", "Salariés formés", "Bénévoles formés"],
            FormationsSheet.Definition.Columns.Select(c => c.FrenchHeader));
        Assert.Equal(
            ["Dispositif", "Intitulé du projet", "Statut", "Montant accordé (€)", "Financeur", "Habitants participants", "Actions réalisées"],
            DispositifsSheet.Definition.Columns.Select(c => c.FrenchHeader));
        Assert.Equal(
            ["date", "event_type", "staff_attendees", "volunteer_attendees"],
            RencontresSheet.Definition.RequiredColumns.Select(c => c.Identifier));
    }

    [Fact]
    public void Vocabularies_ExposeTheSpecLabelsInOrder()
    {
        Assert.Equal(13, Programmes.Vocabulary.Labels.Count);
        Assert.Equal("Santé – prévention des cancers", Programmes.Vocabulary.Labels[10]);
        Assert.Equal(["En préparation", "En cours", "Terminé", "Abandonné"], ProjectStatuses.Vocabulary.Labels);
        Assert.Equal(["Salariés", "Bénévoles", "Mixte"], Audiences.Vocabulary.Labels);
        Assert.Equal(["59", "62"], Departments.Vocabulary.Codes);
        Assert.Equal(["Centre social", "Espace de vie sociale"], StructureTypes.Vocabulary.Labels);
        Assert.Equal(["Associatif", "Municipal"], Managements.Vocabulary.Labels);
    }
}
