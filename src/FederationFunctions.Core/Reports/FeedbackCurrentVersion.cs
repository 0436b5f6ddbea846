namespace FederationFunctions.Core.Reports;

/// <summary>The upload that counts for a structure and year (or a year's reference), as a feedback report names it.</summary>
/// <param name="FileName">Its file name.</param>
/// <param name="UploadedAt">Its upload time (UTC).</param>
/// <param name="IsThisUpload">True when it is the upload the report is about.</param>
/// <param name="SameContent">True when it has the same content as the upload the report is about.</param>
public sealed record FeedbackCurrentVersion(string FileName, DateTimeOffset UploadedAt, bool IsThisUpload, bool SameContent)
{
    /// <summary>One French sentence saying which version counts.</summary>
    public string Describe()
    {
        if (IsThisUpload)
        {
            return SameContent
                ? "Ce dépôt, identique à la version déjà prise en compte : vos données restent celles-ci."
                : "Ce dépôt : ses données sont celles que la fédération prend en compte.";
        }

        return "« " + FileName + " », déposé le " + ReportTime.Describe(UploadedAt)
            + (SameContent ? " (même contenu que ce dépôt)." : ".");
    }
}
