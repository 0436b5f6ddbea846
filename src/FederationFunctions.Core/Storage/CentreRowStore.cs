using System.Globalization;
using Azure.Data.Tables;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Storage;

/// <summary>
/// Normalised rows of accepted centre workbook versions. PartitionKey = <c>{year}|{structureCode}|{uploadId}</c> (one partition
/// per version, so a version is written in transactions and read in one query); RowKey = <c>{sheet}|{index:D5}</c>.
/// </summary>
public sealed class CentreRowStore
{
    internal const string StructureSheet = "Structure";
    internal const string MeetingsSheet = "Rencontres";
    internal const string TrainingsSheet = "Formations";
    internal const string ProgrammesSheet = "Dispositifs";
    private readonly FederationStorage _storage;

    public CentreRowStore(FederationStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    public static string PartitionKeyOf(int year, string structureCode, string uploadId) =>
        TableKeys.Compose(year.ToString("D4", CultureInfo.InvariantCulture), structureCode, uploadId);

    /// <summary>Writes (upserts) every row of a version. Safe to repeat.</summary>
    public async Task<StoredRows> WriteAsync(string partitionKey, CentreWorkbook workbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var rows = ToRows(partitionKey, workbook);
        await TableRowWriter.UpsertAsync(_storage.CentreRows, rows.Select(r => r.Entity), cancellationToken).ConfigureAwait(false);
        return new StoredRows(rows.Count, rows.Sum(r => r.TruncatedTexts));
    }

    /// <summary>Reads a version back, or null when its partition holds no structure row.</summary>
    public async Task<CentreWorkbook?> ReadAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var entities = await TableRowWriter.ReadPartitionAsync(_storage.CentreRows, partitionKey, cancellationToken).ConfigureAwait(false);
        StructureDeclaration? structure = null;
        var meetings = new List<MeetingRow>();
        var trainings = new List<TrainingRow>();
        var programmes = new List<ProgrammeRow>();
        foreach (var e in entities)
        {
            switch (RowEntity.SheetOf(e))
            {
                case StructureSheet:
                    structure = new StructureDeclaration(
                        StructureCode: RowEntity.GetRequiredText(e, "StructureCode"),
                        Year: RowEntity.GetInt(e, "Year"),
                        Name: RowEntity.GetText(e, "Name"),
                        StaffHeadcount: RowEntity.GetInt(e, "StaffHeadcount"),
                        StaffFte: RowEntity.GetDecimal(e, "StaffFte"),
                        ActivityVolunteers: RowEntity.GetInt(e, "ActivityVolunteers"),
                        BoardVolunteers: RowEntity.GetInt(e, "BoardVolunteers"),
                        MemberFamilies: RowEntity.GetOptionalInt(e, "MemberFamilies"));
                    break;
                case MeetingsSheet:
                    meetings.Add(new MeetingRow(
                        RowEntity.GetInt(e, "RowNumber"), RowEntity.GetText(e, "EventCode"), RowEntity.GetDate(e, "Date"),
                        RowEntity.GetEnum<EventType>(e, "EventType"), RowEntity.GetInt(e, "StaffAttendees"),
                        RowEntity.GetInt(e, "VolunteerAttendees"), RowEntity.GetBool(e, "DirectorPresent")));
                    break;
                case TrainingsSheet:
                    trainings.Add(new TrainingRow(
                        RowEntity.GetInt(e, "RowNumber"), RowEntity.GetRequiredText(e, "ActionCode"), RowEntity.GetText(e, "Title"),
                        RowEntity.GetOptionalDate(e, "Date"), RowEntity.GetInt(e, "StaffTrainees"), RowEntity.GetInt(e, "VolunteerTrainees")));
                    break;
                case ProgrammesSheet:
                    programmes.Add(new ProgrammeRow(
                        RowEntity.GetInt(e, "RowNumber"), RowEntity.GetEnum<ProgrammeCode>(e, "Programme"), RowEntity.GetText(e, "ProjectTitle"),
                        RowEntity.GetEnum<ProjectStatus>(e, "Status"), RowEntity.GetOptionalDecimal(e, "AmountEur"), RowEntity.GetText(e, "Funder"),
                        RowEntity.GetOptionalInt(e, "ResidentParticipants"), RowEntity.GetOptionalInt(e, "ActionsCount")));
                    break;
                default:
                    break;
            }
        }

        return structure is null ? null : new CentreWorkbook(structure, meetings, trainings, programmes);
    }

    private static List<RowEntity> ToRows(string pk, CentreWorkbook workbook)
    {
        var s = workbook.Structure;
        var rows = new List<RowEntity>
        {
            new RowEntity(pk, StructureSheet, 0)
                .Text("StructureCode", s.StructureCode).Int("Year", s.Year).Text("Name", s.Name)
                .Int("StaffHeadcount", s.StaffHeadcount).Decimal("StaffFte", s.StaffFte)
                .Int("ActivityVolunteers", s.ActivityVolunteers).Int("BoardVolunteers", s.BoardVolunteers)
                .Int("MemberFamilies", s.MemberFamilies),
        };
        rows.AddRange(workbook.Meetings.Select((m, i) => new RowEntity(pk, MeetingsSheet, i)
            .Int("RowNumber", m.RowNumber).Text("EventCode", m.EventCode).Date("Date", m.Date).Enum<EventType>("EventType", m.EventType)
            .Int("StaffAttendees", m.StaffAttendees).Int("VolunteerAttendees", m.VolunteerAttendees).Bool("DirectorPresent", m.DirectorPresent)));
        rows.AddRange(workbook.Trainings.Select((t, i) => new RowEntity(pk, TrainingsSheet, i)
            .Int("RowNumber", t.RowNumber).Text("ActionCode", t.ActionCode).Text("Title", t.Title).Date("Date", t.Date)
            .Int("StaffTrainees", t.StaffTrainees).Int("VolunteerTrainees", t.VolunteerTrainees)));
        rows.AddRange(workbook.Programmes.Select((p, i) => new RowEntity(pk, ProgrammesSheet, i)
            .Int("RowNumber", p.RowNumber).Enum<ProgrammeCode>("Programme", p.Programme).Text("ProjectTitle", p.ProjectTitle)
            .Enum<ProjectStatus>("Status", p.Status).Decimal("AmountEur", p.AmountEur).Text("Funder", p.Funder)
            .Int("ResidentParticipants", p.ResidentParticipants).Int("ActionsCount", p.ActionsCount)));
        return rows;
    }
}
