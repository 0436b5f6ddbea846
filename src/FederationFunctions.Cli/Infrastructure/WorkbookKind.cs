namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The two kinds of workbook <c>federation validate</c> checks (<c>--kind centre|reference</c>).</summary>
internal enum WorkbookKind
{
    /// <summary>A centre's yearly workbook (sheets Structure, Rencontres, Formations, Dispositifs).</summary>
    Centre,

    /// <summary>The federation's reference workbook (sheets Paramètres, Territoires, Structures, Calendrier, Catalogue).</summary>
    Reference,
}
