using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>A submission that counts nowhere: its structure is absent from the reference (<paramref name="ReferenceEntry"/> null) or not a member.</summary>
internal sealed record NonMemberSubmission(CentreSubmission Submission, MemberStructure? ReferenceEntry);
