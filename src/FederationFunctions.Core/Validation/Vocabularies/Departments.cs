using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>The federation's departments: <c>59</c> or <c>Nord</c>, <c>62</c> or <c>Pas-de-Calais</c>.</summary>
public static class Departments
{
    public static EnumVocabulary<Department> Vocabulary { get; } = new(
        "départements",
        [
            new(Department.Nord, "59", "Nord", []),
            new(Department.PasDeCalais, "62", "Pas-de-Calais", []),
        ]);
}
