namespace FederationFunctions.Core.Model;

/// <summary>A <c>Formations</c> row: one training action attended (rows are kept as written; consolidation adds rows with the same code).</summary>
/// <param name="ActionCode">Trimmed action code as written (comparison ignores case).</param>
public sealed record TrainingRow(
    int RowNumber,
    string ActionCode,
    string? Title,
    DateOnly? Date,
    int StaffTrainees,
    int VolunteerTrainees);
