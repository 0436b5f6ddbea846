using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>What the current-version switch decided for an accepted upload.</summary>
/// <param name="Outcome">The upload's final outcome: the validated one when its content became (or already was) current, else <c>Doublon</c> or <c>Remplacée</c>.</param>
/// <param name="BecameCurrent">True when the upload's own rows are the current version after the switch.</param>
/// <param name="TruncatedTexts">Texts cut to fit a table property while writing its rows.</param>
/// <param name="Current">The slot's pointer after the decision (which upload counts).</param>
public sealed record VersionDecision(UploadOutcome Outcome, bool BecameCurrent, int TruncatedTexts, CurrentVersion? Current);
