using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Benchmarks.InProcess;

/// <summary>
/// A year's consolidation input built in memory: a reference of N structures and one accepted workbook per member at
/// realistic sizes (<see cref="BenchWorkbooks.Member"/>), as the nightly job reads them from Table Storage.
/// </summary>
internal static class BenchConsolidationInputs
{
    public static readonly DateTimeOffset UploadedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static ConsolidationInput Year(int structures)
    {
        var reference = BenchWorkbooks.Reference(structures);
        var submissions = reference.Structures
            .Where(s => s.IsMember)
            .Select((member, index) =>
            {
                var summary = new UploadSummary($"{member.Code}/activite-{BenchWorkbooks.Year}.xlsx", UploadedAt, UploadOutcome.Acceptee, 0, 0);
                return new CentreSubmission(member.Code, summary, BenchWorkbooks.Member(reference, member, index), summary);
            })
            .ToList();
        return new ConsolidationInput(BenchWorkbooks.Year, reference, submissions);
    }
}
