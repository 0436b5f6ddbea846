namespace FederationFunctions.Core.Workbooks;

/// <summary>A file refused as a whole, with the French message shown to the centre.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Message">A French message that says what to do, e.g. « Enregistrez le fichier au format .xlsx ».</param>
/// <param name="Sheet">The sheet concerned, when the refusal is about one sheet (too many rows).</param>
public sealed record FileRefusal(FileRefusalReason Reason, string Message, string? Sheet = null);
