using FederationFunctions.Web.Pages;
using FederationFunctions.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Access;

/// <summary>The pages a staff route answers when the caller is not staff: 401 with a sign-in link, or 403.</summary>
public sealed class StaffResponses(IStaffAccess access, PageRenderer pages)
{
    /// <summary>Null when the caller is staff, else the page to answer.</summary>
    public async Task<IResult?> RefuseUnlessStaffAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (access.Check(request))
        {
            case StaffCheck.Allowed:
                return null;
            case StaffCheck.NotSignedIn:
                var signIn = access.SignInPath(request.Path.Value ?? "/suivi");
                return await pages.PageAsync<MessagePage>(
                    new Dictionary<string, object?>
                    {
                        [nameof(MessagePage.Title)] = "Connexion nécessaire",
                        [nameof(MessagePage.Message)] = "Cette page est réservée à l'équipe de la fédération. Connectez-vous avec votre compte professionnel.",
                        [nameof(MessagePage.LinkHref)] = signIn,
                        [nameof(MessagePage.LinkText)] = "Se connecter",
                    },
                    StatusCodes.Status401Unauthorized).ConfigureAwait(false);
            default:
                return await pages.PageAsync<MessagePage>(
                    new Dictionary<string, object?>
                    {
                        [nameof(MessagePage.Title)] = "Accès réservé",
                        [nameof(MessagePage.Message)] = "Votre compte n'a pas le rôle « équipe de la fédération » qui donne accès au suivi de la collecte. Demandez-le à l'administrateur de la fédération.",
                    },
                    StatusCodes.Status403Forbidden).ConfigureAwait(false);
        }
    }
}
