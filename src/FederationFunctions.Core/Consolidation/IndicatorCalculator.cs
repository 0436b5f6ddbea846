using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Computes a year's indicators, FOSFORA and health tables, completeness and anomalies
/// (<c>indicators-v1.md</c>) from the reference and the current accepted workbooks of members. Pure: no storage.
/// </summary>
public sealed class IndicatorCalculator : IIndicatorCalculator
{
    public ConsolidationResult Calculate(ConsolidationInput input, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(input);
        var anomalies = new AnomalyCollector();
        if (input.Reference is null)
        {
            return WithoutReference(input, computedAt, anomalies);
        }

        var reference = input.Reference;
        var network = CountedNetwork.Resolve(reference, input.Submissions);
        CollectSubmissionAnomalies(network.NonMembers, network.Submissions, input.Year, anomalies);

        var activity = LinkedActivity.Link(network, reference, anomalies);
        var programmes = ProgrammeTotals.Sum(network.Counted);
        var fosfora = FosforaTableBuilder.Build(reference, activity, anomalies);
        var members = NetworkIndicators.MembersPerScope(network);
        var withTerritories = IndicatorScopes.FederationAndDepartments
            .Concat(network.Territories.Select(t => t.Code))
            .ToList();

        var list = new IndicatorListBuilder();
        NetworkIndicators.Add(list, network, withTerritories);
        TerritorialIndicators.Add(list, network, reference, activity, members, input.Year);
        TrainingIndicators.Add(list, reference, activity, fosfora);
        ProgrammeIndicators.Add(list, programmes, members);
        FederalLifeIndicators.Add(list, reference, activity, members, input.Year);

        return new ConsolidationResult(
            input.Year,
            computedAt,
            reference,
            list.ToList(),
            fosfora,
            HealthTableBuilder.Build(programmes),
            CompletenessBuilder.Build(network),
            anomalies.ToList());
    }

    /// <summary>
    /// No reference: there is no member, calendar or catalogue, so every FED/59/62 indicator is listed with 0
    /// ("0 where nothing was found", <c>indicators-v1.md</c>) and the rates, which have nothing to divide by, are
    /// empty; the tables are empty, and the anomalies say why.
    /// </summary>
    private static ConsolidationResult WithoutReference(ConsolidationInput input, DateTimeOffset computedAt, AnomalyCollector anomalies)
    {
        anomalies.MissingReference(input.Year);
        CollectSubmissionAnomalies([], CountedNetwork.OrderSubmissions(input.Submissions), input.Year, anomalies);

        var empty = new ReferenceWorkbook(input.Year, null, [], [], [], []);
        var network = CountedNetwork.Resolve(empty, []);
        var activity = LinkedActivity.Link(network, empty, anomalies);
        var programmes = ProgrammeTotals.Sum([]);
        var fosfora = FosforaTableBuilder.Build(null, null, anomalies);
        var list = new IndicatorListBuilder();
        NetworkIndicators.Add(list, network, IndicatorScopes.FederationAndDepartments);
        TrainingIndicators.Add(list, empty, activity, fosfora);
        ProgrammeIndicators.Add(list, programmes, new ScopedTotals());
        FederalLifeIndicators.Add(list, empty, activity, new ScopedTotals(), input.Year);

        return new ConsolidationResult(
            input.Year,
            computedAt,
            null,
            list.ToList(),
            fosfora,
            HealthTableBuilder.Build(null),
            [],
            anomalies.ToList());
    }

    private static void CollectSubmissionAnomalies(
        IReadOnlyList<NonMemberSubmission> nonMembers,
        IReadOnlyList<CentreSubmission> submissions,
        int year,
        AnomalyCollector anomalies)
    {
        foreach (var nonMember in nonMembers)
        {
            if (nonMember.ReferenceEntry is null)
            {
                anomalies.UnknownStructure(nonMember.Submission, year);
            }
            else
            {
                anomalies.NonMemberStructure(nonMember.Submission, nonMember.ReferenceEntry, year);
            }
        }

        foreach (var submission in submissions)
        {
            if (submission.Latest is { Outcome: UploadOutcome.Rejetee } latest)
            {
                anomalies.RejectedLatestUpload(submission, latest);
            }
        }
    }
}
