using System.ComponentModel.DataAnnotations;

namespace FederationFunctions.Core.Storage;

/// <summary>Names of the containers and tables the pipeline uses (configuration section <c>Federation:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Federation:Storage";

    private const string ContainerPattern = "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$";
    private const string TablePattern = "^[A-Za-z][A-Za-z0-9]{0,40}$";
    private const string ContainerMessage = "A container name is 3 to 63 lower-case letters, digits or single hyphens.";
    private const string TableMessage = "A table name starts with a letter and holds only letters and digits (at most 41 characters).";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string UploadsContainer { get; set; } = "uploads";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string ReferenceContainer { get; set; } = "reference";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string FeedbackContainer { get; set; } = "feedback";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string ReportsContainer { get; set; } = "reports";

    /// <summary>Prepended to every table name (tests use a unique prefix per test). Empty in production.</summary>
    [RegularExpression("^(?:[A-Za-z][A-Za-z0-9]{0,20})?$", ErrorMessage = "The table prefix starts with a letter and holds only letters and digits (at most 21).")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>The upload ledger: every upload ever seen.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string LedgerTable { get; set; } = "Uploads";

    /// <summary>Normalised rows of every accepted centre workbook version.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string CentreRowsTable { get; set; } = "CentreRows";

    /// <summary>Normalised rows of every accepted reference workbook version.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string ReferenceRowsTable { get; set; } = "ReferenceRows";

    /// <summary>Per (year, structure) and per year's reference: the current accepted version.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string CurrentVersionsTable { get; set; } = "CurrentVersions";

    /// <summary>Computed indicators per year (HTTP API).</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string IndicatorsTable { get; set; } = "Indicators";

    /// <summary>Which years changed since their last consolidation.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string YearChangesTable { get; set; } = "YearChanges";

    /// <summary>The table's full name, with <see cref="TablePrefix"/>.</summary>
    public string FullTableName(string table) => TablePrefix + table;
}
