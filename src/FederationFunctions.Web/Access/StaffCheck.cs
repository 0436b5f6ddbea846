namespace FederationFunctions.Web.Access;

/// <summary>Whether a request may see the staff pages.</summary>
public enum StaffCheck
{
    /// <summary>The caller is staff.</summary>
    Allowed,

    /// <summary>Nobody is signed in: 401.</summary>
    NotSignedIn,

    /// <summary>Signed in without the staff role: 403.</summary>
    Forbidden,
}
