using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Storage;

/// <summary>
/// Normalised rows of accepted reference workbook versions. PartitionKey = <c>{year}|{uploadId}</c>, RowKey = <c>{sheet}|{index:D5}</c>
/// (the index keeps each sheet's order, which the FOSFORA table relies on).
/// </summary>
public sealed class ReferenceRowStore
{
    internal const string ParametersSheet = "Parametres";
    internal const string TerritoriesSheet = "Territoires";
    internal const string StructuresSheet = "Structures";
    internal const string CalendarSheet = "Calendrier";
    internal const string CatalogueSheet = "Catalogue";
    private readonly FederationStorage _storage;

    public ReferenceRowStore(FederationStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    public static string PartitionKeyOf(int year, string uploadId) =>
        TableKeys.Compose(year.ToString("D4", CultureInfo.InvariantCulture), uploadId);

    public async Task<StoredRows> WriteAsync(string partitionKey, ReferenceWorkbook workbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var rows = ToRows(partitionKey, workbook);
        await TableRowWriter.UpsertAsync(_storage.ReferenceRows, rows.Select(r => r.Entity), cancellationToken).ConfigureAwait(false);
        return new StoredRows(rows.Count, rows.Sum(r => r.TruncatedTexts));
    }

    public async Task<ReferenceWorkbook?> ReadAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var entities = await TableRowWriter.ReadPartitionAsync(_storage.ReferenceRows, partitionKey, cancellationToken).ConfigureAwait(false);
        int? year = null;
        decimal? envelope = null;
        var territories = new List<Territory>();
        var structures = new List<MemberStructure>();
        var calendar = new List<CalendarEvent>();
        var catalogue = new List<CatalogueAction>();
        foreach (var e in entities)
        {
            switch (RowEntity.SheetOf(e))
            {
                case ParametersSheet:
                    year = RowEntity.GetInt(e, "Year");
                    envelope = RowEntity.GetOptionalDecimal(e, "FosforaEnvelopeEur");
                    break;
                case TerritoriesSheet:
                    territories.Add(new Territory(RowEntity.GetRequiredText(e, "Code"), RowEntity.GetRequiredText(e, "Name"), RowEntity.GetEnum<Department>(e, "Department")));
                    break;
                case StructuresSheet:
                    structures.Add(new MemberStructure(
                        Code: RowEntity.GetRequiredText(e, "Code"),
                        Name: RowEntity.GetRequiredText(e, "Name"),
                        Commune: RowEntity.GetRequiredText(e, "Commune"),
                        Department: RowEntity.GetEnum<Department>(e, "Department"),
                        TerritoryCode: RowEntity.GetRequiredText(e, "TerritoryCode"),
                        Type: RowEntity.GetEnum<StructureType>(e, "Type"),
                        Management: RowEntity.GetEnum<Management>(e, "Management"),
                        IsMember: RowEntity.GetBool(e, "IsMember"),
                        ContactName: RowEntity.GetText(e, "ContactName"),
                        ContactEmail: RowEntity.GetText(e, "ContactEmail"),
                        ContactPhone: RowEntity.GetText(e, "ContactPhone")));
                    break;
                case CalendarSheet:
                    calendar.Add(new CalendarEvent(
                        RowEntity.GetRequiredText(e, "EventCode"), RowEntity.GetDate(e, "Date"), RowEntity.GetEnum<EventType>(e, "Type"),
                        RowEntity.GetText(e, "TerritoryCode"), RowEntity.GetText(e, "Title")));
                    break;
                case CatalogueSheet:
                    catalogue.Add(new CatalogueAction(
                        RowEntity.GetRequiredText(e, "ActionCode"), RowEntity.GetRequiredText(e, "Title"), RowEntity.GetOptionalEnum<Audience>(e, "Audience"),
                        RowEntity.GetText(e, "FosforaGroup"), RowEntity.GetText(e, "FosforaLine"), RowEntity.GetInt(e, "Sessions"),
                        RowEntity.GetDecimal(e, "FosforaAmountEur"), RowEntity.GetInt(e, "VolunteersOutsideCentres")));
                    break;
                default:
                    break;
            }
        }

        return year is null ? null : new ReferenceWorkbook(year.Value, envelope, territories, structures, calendar, catalogue);
    }

    private static List<RowEntity> ToRows(string pk, ReferenceWorkbook workbook)
    {
        var rows = new List<RowEntity>
        {
            new RowEntity(pk, ParametersSheet, 0).Int("Year", workbook.Year).Decimal("FosforaEnvelopeEur", workbook.FosforaEnvelopeEur),
        };
        rows.AddRange(workbook.Territories.Select((t, i) => new RowEntity(pk, TerritoriesSheet, i)
            .Text("Code", t.Code).Text("Name", t.Name).Enum<Department>("Department", t.Department)));
        rows.AddRange(workbook.Structures.Select((s, i) => new RowEntity(pk, StructuresSheet, i)
            .Text("Code", s.Code).Text("Name", s.Name).Text("Commune", s.Commune).Enum<Department>("Department", s.Department)
            .Text("TerritoryCode", s.TerritoryCode).Enum<StructureType>("Type", s.Type).Enum<Management>("Management", s.Management)
            .Bool("IsMember", s.IsMember).Text("ContactName", s.ContactName).Text("ContactEmail", s.ContactEmail)
            .Text("ContactPhone", s.ContactPhone)));
        rows.AddRange(workbook.Calendar.Select((c, i) => new RowEntity(pk, CalendarSheet, i)
            .Text("EventCode", c.EventCode).Date("Date", c.Date).Enum<EventType>("Type", c.Type)
            .Text("TerritoryCode", c.TerritoryCode).Text("Title", c.Title)));
        rows.AddRange(workbook.Catalogue.Select((a, i) => new RowEntity(pk, CatalogueSheet, i)
            .Text("ActionCode", a.ActionCode).Text("Title", a.Title).Enum<Audience>("Audience", a.Audience)
            .Text("FosforaGroup", a.FosforaGroup).Text("FosforaLine", a.FosforaLine).Int("Sessions", a.Sessions)
            .Decimal("FosforaAmountEur", a.FosforaAmountEur).Int("VolunteersOutsideCentres", a.VolunteersOutsideCentres)));
        return rows;
    }
}
