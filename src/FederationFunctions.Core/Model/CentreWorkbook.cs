namespace FederationFunctions.Core.Model;

/// <summary>A centre's yearly activity workbook, validated and normalised (<c>centre-workbook-v1.md</c>).</summary>
public sealed record CentreWorkbook(
    StructureDeclaration Structure,
    IReadOnlyList<MeetingRow> Meetings,
    IReadOnlyList<TrainingRow> Trainings,
    IReadOnlyList<ProgrammeRow> Programmes);
