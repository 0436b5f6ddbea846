namespace FederationFunctions.Core.Consolidation;

/// <summary>What the consolidation could not use or link.</summary>
public enum AnomalyKind
{
    UnknownStructure,
    NonMemberStructure,
    UnlinkedMeeting,
    UnknownTrainingAction,
    FosforaOverEnvelope,
    RejectedLatestUpload,
    MissingReference,
}
