namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// A rejected centre workbook does not say its year (its content is not trusted). It is attributed to the activity years
/// it can belong to by its upload time: the year of the upload and the year before (a year's activity is collected
/// during that year and the next). See <c>docs/ingestion.md</c>.
/// </summary>
public static class UnknownYearAttribution
{
    public static IReadOnlyList<int> CandidateYears(DateTimeOffset uploadedAt)
    {
        var year = uploadedAt.UtcDateTime.Year;
        return [year - 1, year];
    }

    public static bool Matches(DateTimeOffset uploadedAt, int year) => CandidateYears(uploadedAt).Contains(year);
}
