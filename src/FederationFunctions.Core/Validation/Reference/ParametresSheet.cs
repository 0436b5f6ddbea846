using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Reference;

/// <summary>The <c>Paramètres</c> form sheet of the reference workbook.</summary>
public static class ParametresSheet
{
    public static ColumnDefinition Year { get; } = new("year", "Année", ["Exercice"], ColumnKind.Integer, true);

    public static ColumnDefinition FosforaEnvelopeEur { get; } = new("fosfora_envelope_eur", "Enveloppe FOSFORA (€)", ["Enveloppe FOSFORA"], ColumnKind.Money, false);

    public static SheetDefinition Definition { get; } = new("Paramètres", [], SheetLayout.Form, true, [Year, FosforaEnvelopeEur]);
}
