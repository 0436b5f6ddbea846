using System.Globalization;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>Valid workbooks of the spec (centre 59-LIL-001 / 2023, reference 2023) and a runner that checks real bytes under fr-FR and en-US.</summary>
public static class SpecWorkbooks
{
    public const string Code = "59-LIL-001";

    public static SpecWorkbookPackage Centre()
    {
        var package = new SpecWorkbookPackage();
        package.AddSheet("Structure")
            .Row("Code structure", Code)
            .Row("Année", 2023)
            .Row("Nom de la structure", "Centre social des Oliviers")
            .Row("Salariés (personnes)", 12)
            .Row("Salariés (ETP)", 7.5)
            .Row("Bénévoles d'activité", 40)
            .Row("Administrateurs bénévoles", 8)
            .Row("Familles adhérentes", 300);
        package.AddSheet("Rencontres")
            .Row("Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente")
            .Row("AT-LIL-01", RawCell.DateSerial(2023, 3, 15), "Assemblée territoriale", 2, 3, "Oui")
            .Row(null, RawCell.DateSerial(2023, 6, 1), "Réunion des directions", 1, 0, null);
        package.AddSheet("Formations")
            .Row("Code action", "Intitulé", "Date", "Salariés formés", "Bénévoles formés")
            .Row("SAL-REF", "Être référent famille", RawCell.DateSerial(2023, 4, 12), 3, 0)
            .Row("BEN-EMP", "La fonction employeur", null, 0, 2);
        package.AddSheet("Dispositifs")
            .Row("Dispositif", "Intitulé du projet", "Statut", "Montant accordé (€)", "Financeur", "Habitants participants", "Actions réalisées")
            .Row("CSC", "Ateliers numériques", "En cours", 11900, "CAF", 45, 12)
            .Row("Santé – nutrition", "Cuisine du monde", "Terminé", 3600, "ARS", 20, 6);
        return package;
    }

    public static SpecWorkbookPackage Reference()
    {
        var package = new SpecWorkbookPackage();
        package.AddSheet("Paramètres")
            .Row("Année", 2023)
            .Row("Enveloppe FOSFORA (€)", 50000);
        package.AddSheet("Territoires")
            .Row("Code AT", "Assemblée territoriale", "Département")
            .Row("LIL", "Lille Métropole", "59")
            .Row("ARR", "Arrageois", "62");
        package.AddSheet("Structures")
            .Row("Code structure", "Nom", "Commune", "Département", "Code AT", "Type", "Gestion", "Adhérente")
            .Row("59-LIL-001", "Centre social des Oliviers", "Lille", "59", "LIL", "CS", "Associatif", "Oui")
            .Row("62-ARR-002", "EVS du Beffroi", "Arras", "62", "ARR", "EVS", "Municipal", "Non");
        package.AddSheet("Calendrier")
            .Row("Code événement", "Date", "Type", "Code AT", "Intitulé")
            .Row("AT-LIL-01", RawCell.DateSerial(2023, 3, 15), "Assemblée territoriale", "LIL", "AT de printemps")
            .Row("AG-2023", RawCell.DateSerial(2023, 6, 10), "AG", null, "Assemblée générale");
        package.AddSheet("Catalogue")
            .Row("Code action", "Intitulé", "Public", "Groupe FOSFORA", "Ligne FOSFORA", "Séances", "Montant FOSFORA (€)", "Bénévoles hors remontées")
            .Row("SAL-REF", "Être référent famille", "Salariés", "Formation des salariés", "Formations Salariés", 4, 12000, 0)
            .Row("BEN-EMP", "La fonction employeur", "Bénévoles", "Formation des bénévoles", "Formations Bénévoles", null, 3000, 12);
        return package;
    }

    private static readonly WorkbookChecker Checker = new(new XlsxWorkbookReader());

    private static readonly string[] CultureNames = ["fr-FR", "en-US"];

    public static Task<ValidationResult<CentreWorkbook>> CheckCentreAsync(SpecWorkbookPackage package, string? folderCode = Code) =>
        CheckCentreAsync(package.Build(), "remontee.xlsx", folderCode);

    public static Task<ValidationResult<CentreWorkbook>> CheckCentreAsync(byte[] bytes, string fileName, string? folderCode = Code) =>
        UnderEachCultureAsync(() => Checker.CheckCentreWorkbookAsync(new MemoryStream(bytes), fileName, folderCode, CancellationToken.None));

    public static Task<ValidationResult<ReferenceWorkbook>> CheckReferenceAsync(SpecWorkbookPackage package, int? folderYear = 2023) =>
        CheckReferenceAsync(package.Build(), folderYear);

    public static Task<ValidationResult<ReferenceWorkbook>> CheckReferenceAsync(byte[] bytes, int? folderYear) =>
        UnderEachCultureAsync(() => Checker.CheckReferenceWorkbookAsync(new MemoryStream(bytes), "referentiel.xlsx", folderYear, CancellationToken.None));

    /// <summary>Runs the check under each culture; the issues must be identical; returns the first culture's result.</summary>
    private static async Task<ValidationResult<T>> UnderEachCultureAsync<T>(Func<Task<ValidationResult<T>>> check)
        where T : class
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            ValidationResult<T>? first = null;
            foreach (var name in CultureNames)
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                var result = await check();
                if (first is null)
                {
                    first = result;
                }
                else
                {
                    Assert.Equal(first.Issues, result.Issues);
                    Assert.Equal(first.Workbook is null, result.Workbook is null);
                }
            }

            return first!;
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    /// <summary>Asserts the result holds exactly one issue, at the given place, and returns it.</summary>
    public static ValidationIssue AssertSingle<T>(ValidationResult<T> result, Severity severity, string? sheet, int? row, string? column, string? header = null, string? value = null)
        where T : class
    {
        var issue = Assert.Single(result.Issues);
        Assert.Equal((severity, sheet, row, column), (issue.Severity, issue.Sheet, issue.Row, issue.Column));
        if (header is not null)
        {
            Assert.Equal(header, issue.Header);
        }

        if (value is not null)
        {
            Assert.Equal(value, issue.Value);
        }

        Assert.Equal(severity == Severity.Error ? UploadOutcome.Rejetee : UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        return issue;
    }

    public static void AssertAccepted<T>(ValidationResult<T> result)
        where T : class
    {
        Assert.Empty(result.Issues);
        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        Assert.NotNull(result.Workbook);
    }
}
