namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>One accepted value of an enumerated column: its code, its canonical French label and other accepted spellings.</summary>
/// <typeparam name="TEnum">The model enum.</typeparam>
/// <param name="Value">The model value.</param>
/// <param name="Code">The spec's code (e.g. <c>AT</c>, <c>SANTE_NUTRITION</c>), also accepted in a cell.</param>
/// <param name="Label">The canonical French label (shown in dropdowns, reports and error messages).</param>
/// <param name="Alternatives">Other accepted spellings (matched like headers).</param>
public sealed record EnumTerm<TEnum>(TEnum Value, string Code, string Label, IReadOnlyList<string> Alternatives)
    where TEnum : struct, Enum;
