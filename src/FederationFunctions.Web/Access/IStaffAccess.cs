using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Access;

/// <summary>Decides whether a request comes from federation staff. Every staff handler asks it first, in both hosts.</summary>
public interface IStaffAccess
{
    StaffCheck Check(HttpRequest request);

    /// <summary>Where a person who is not signed in goes to sign in, or null when the host has no sign-in.</summary>
    string? SignInPath(string returnPath);
}
