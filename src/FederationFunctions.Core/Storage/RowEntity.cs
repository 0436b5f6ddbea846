using System.Globalization;
using Azure.Data.Tables;

namespace FederationFunctions.Core.Storage;

/// <summary>Typed reading and writing of normalised-row properties (decimals and dates as invariant text; long text fitted to the limit).</summary>
internal sealed class RowEntity
{
    private const string DateFormat = "yyyy-MM-dd";

    public RowEntity(string partitionKey, string sheet, int index)
    {
        Entity = new TableEntity(partitionKey, RowKeyOf(sheet, index)) { ["Sheet"] = sheet };
    }

    public TableEntity Entity { get; }

    /// <summary>How many texts were cut to fit a property.</summary>
    public int TruncatedTexts { get; private set; }

    public static string RowKeyOf(string sheet, int index) =>
        string.Concat(sheet, "|", index.ToString("D5", CultureInfo.InvariantCulture));

    public RowEntity Text(string name, string? value)
    {
        Entity[name] = TableText.Fit(value, out var truncated);
        if (truncated)
        {
            TruncatedTexts++;
        }

        return this;
    }

    public RowEntity Int(string name, int? value)
    {
        Entity[name] = value;
        return this;
    }

    public RowEntity Bool(string name, bool value)
    {
        Entity[name] = value;
        return this;
    }

    public RowEntity Decimal(string name, decimal? value)
    {
        Entity[name] = value?.ToString(CultureInfo.InvariantCulture);
        return this;
    }

    public RowEntity Date(string name, DateOnly? value)
    {
        Entity[name] = value?.ToString(DateFormat, CultureInfo.InvariantCulture);
        return this;
    }

    public RowEntity Enum<TEnum>(string name, TEnum? value)
        where TEnum : struct, System.Enum
    {
        Entity[name] = value?.ToString();
        return this;
    }

    public static string SheetOf(TableEntity entity) => entity.GetString("Sheet") ?? string.Empty;

    public static string? GetText(TableEntity entity, string name) => entity.GetString(name);

    public static string GetRequiredText(TableEntity entity, string name) =>
        entity.GetString(name) ?? throw MissingProperty(entity, name);

    public static int GetInt(TableEntity entity, string name) => entity.GetInt32(name) ?? throw MissingProperty(entity, name);

    public static int? GetOptionalInt(TableEntity entity, string name) => entity.GetInt32(name);

    public static bool GetBool(TableEntity entity, string name) => entity.GetBoolean(name) ?? false;

    public static decimal? GetOptionalDecimal(TableEntity entity, string name) =>
        entity.GetString(name) is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public static decimal GetDecimal(TableEntity entity, string name) => GetOptionalDecimal(entity, name) ?? throw MissingProperty(entity, name);

    public static DateOnly? GetOptionalDate(TableEntity entity, string name) =>
        entity.GetString(name) is { } text ? DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture) : null;

    public static DateOnly GetDate(TableEntity entity, string name) => GetOptionalDate(entity, name) ?? throw MissingProperty(entity, name);

    public static TEnum? GetOptionalEnum<TEnum>(TableEntity entity, string name)
        where TEnum : struct, System.Enum =>
        entity.GetString(name) is { } text ? System.Enum.Parse<TEnum>(text) : null;

    public static TEnum GetEnum<TEnum>(TableEntity entity, string name)
        where TEnum : struct, System.Enum =>
        GetOptionalEnum<TEnum>(entity, name) ?? throw MissingProperty(entity, name);

    private static InvalidDataException MissingProperty(TableEntity entity, string name) =>
        new($"Stored row {entity.PartitionKey}/{entity.RowKey} lacks property {name}.");
}
