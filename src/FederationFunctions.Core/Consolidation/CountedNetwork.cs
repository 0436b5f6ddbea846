using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// The members of the reference, in reference order, each with its scopes and its counted workbook,
/// and the submissions that count nowhere. Built once, with dictionaries (no quadratic scan).
/// </summary>
internal sealed class CountedNetwork
{
    private CountedNetwork(
        IReadOnlyList<Territory> territories,
        IReadOnlyList<ConsolidatedMember> members,
        IReadOnlyList<NonMemberSubmission> nonMembers,
        IReadOnlyList<CentreSubmission> submissions)
    {
        Territories = territories;
        Members = members;
        NonMembers = nonMembers;
        Submissions = submissions;
    }

    /// <summary>The reference's territories, in reference order (first entry wins for a repeated code).</summary>
    public IReadOnlyList<Territory> Territories { get; }

    /// <summary>Member structures (<c>Adhérente</c> = oui), in reference order.</summary>
    public IReadOnlyList<ConsolidatedMember> Members { get; }

    /// <summary>Submissions of unknown or non-member structures, by structure code.</summary>
    public IReadOnlyList<NonMemberSubmission> NonMembers { get; }

    /// <summary>Every submission (one per structure code), by structure code.</summary>
    public IReadOnlyList<CentreSubmission> Submissions { get; }

    /// <summary>Members with a counted workbook, in reference order.</summary>
    public IEnumerable<ConsolidatedMember> Counted => Members.Where(m => m.CountedWorkbook is not null);

    public static CountedNetwork Resolve(ReferenceWorkbook reference, IReadOnlyList<CentreSubmission> submissions)
    {
        var submissionsByCode = IndexSubmissions(submissions);
        var territoryByKey = new Dictionary<string, Territory>(StringComparer.Ordinal);
        var territories = new List<Territory>();
        foreach (var territory in reference.Territories)
        {
            if (territoryByKey.TryAdd(CodeKey.Of(territory.Code), territory))
            {
                territories.Add(territory);
            }
        }

        var referenceByKey = new Dictionary<string, MemberStructure>(StringComparer.Ordinal);
        var members = new List<ConsolidatedMember>();
        foreach (var structure in reference.Structures)
        {
            var key = CodeKey.Of(structure.Code);
            if (!referenceByKey.TryAdd(key, structure) || !structure.IsMember)
            {
                continue;
            }

            var territory = territoryByKey.GetValueOrDefault(CodeKey.Of(structure.TerritoryCode));
            var scopes = new List<string> { IndicatorScopes.Federation, IndicatorScopes.Of(structure.Department) };
            if (territory is not null)
            {
                scopes.Add(territory.Code);
            }

            var submission = submissionsByCode.GetValueOrDefault(key);
            var counted = IsCounted(submission) ? submission!.Workbook : null;
            members.Add(new ConsolidatedMember(structure, scopes, territory?.Code, submission, counted, StatusOf(submission)));
        }

        var ordered = submissionsByCode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
        var nonMembers = new List<NonMemberSubmission>();
        foreach (var submission in ordered)
        {
            var entry = referenceByKey.GetValueOrDefault(CodeKey.Of(submission.StructureCode));
            if (entry is null || !entry.IsMember)
            {
                nonMembers.Add(new NonMemberSubmission(submission, entry));
            }
        }

        return new CountedNetwork(territories, members, nonMembers, ordered);
    }

    /// <summary>Submissions by structure code when no reference exists: nobody is a member.</summary>
    public static IReadOnlyList<CentreSubmission> OrderSubmissions(IReadOnlyList<CentreSubmission> submissions) =>
        IndexSubmissions(submissions).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();

    private static Dictionary<string, CentreSubmission> IndexSubmissions(IReadOnlyList<CentreSubmission> submissions)
    {
        // One entry per structure code; should the source repeat a code, the entry with the latest current upload wins.
        var byCode = new Dictionary<string, CentreSubmission>(StringComparer.Ordinal);
        foreach (var submission in submissions)
        {
            var key = CodeKey.Of(submission.StructureCode);
            if (!byCode.TryGetValue(key, out var existing) || IsLater(submission, existing))
            {
                byCode[key] = submission;
            }
        }

        return byCode;
    }

    private static bool IsLater(CentreSubmission candidate, CentreSubmission existing) =>
        (candidate.Current?.UploadedAt ?? DateTimeOffset.MinValue) > (existing.Current?.UploadedAt ?? DateTimeOffset.MinValue);

    private static bool IsCounted(CentreSubmission? submission) =>
        submission is { Current: not null, Workbook: not null };

    private static CompletenessStatus StatusOf(CentreSubmission? submission)
    {
        if (IsCounted(submission))
        {
            var current = submission!.Current!;
            return current.Outcome == Validation.UploadOutcome.AccepteeAvecAvertissements || current.WarningCount > 0
                ? CompletenessStatus.RecueAvecAvertissements
                : CompletenessStatus.Recue;
        }

        return submission?.Latest?.Outcome == Validation.UploadOutcome.Rejetee
            ? CompletenessStatus.Rejetee
            : CompletenessStatus.Manquante;
    }
}
