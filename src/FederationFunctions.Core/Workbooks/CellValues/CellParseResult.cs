namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>
/// The result of reading one cell as a value of a column kind. Never an exception.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Status">Blank, valid or invalid.</param>
/// <param name="Value">The value when <see cref="CellParseStatus.Valid"/>; default otherwise.</param>
/// <param name="Error">When invalid: a French message fragment that quotes the value and says how to fix it,
/// e.g. <c>« douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.</c></param>
public readonly record struct CellParseResult<T>(CellParseStatus Status, T Value, string? Error)
{
    public bool IsBlank => Status == CellParseStatus.Blank;

    public bool IsValid => Status == CellParseStatus.Valid;

    public bool IsInvalid => Status == CellParseStatus.Invalid;

    public static CellParseResult<T> Blank() => new(CellParseStatus.Blank, default!, null);

    public static CellParseResult<T> Valid(T value) => new(CellParseStatus.Valid, value, null);

    public static CellParseResult<T> Invalid(string error) => new(CellParseStatus.Invalid, default!, error);
}
