using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// What could be read of a centre workbook, even when it is rejected for other errors: the structure code and year
/// when valid, and the <c>Rencontres</c> and <c>Formations</c> rows without error. The reference remarks are made on
/// it, so that a file with errors gets them in the same pass (<c>centre-workbook-v1.md</c> v1.1).
/// </summary>
public sealed record CentreRowsRead(
    string? StructureCode,
    int? Year,
    IReadOnlyList<MeetingRow> Meetings,
    IReadOnlyList<TrainingRow> Trainings)
{
    /// <summary>The rows of an accepted workbook.</summary>
    public static CentreRowsRead Of(CentreWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return new CentreRowsRead(workbook.Structure.StructureCode, workbook.Structure.Year, workbook.Meetings, workbook.Trainings);
    }
}
