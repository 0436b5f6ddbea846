using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Http;

/// <summary>Checks a form's anti-forgery token (ASP.NET Core's <see cref="IAntiforgery"/>: a cookie and a hidden field that must match).</summary>
public static class FormAntiforgery
{
    public const string FieldName = "__jeton";
    public const string CookieName = "federation-jeton";
    public const string ExpiredMessage = "Le formulaire a expiré ou ne vient pas de cette page : rechargez la page puis déposez le fichier à nouveau.";

    public static async Task<bool> IsValidAsync(IAntiforgery antiforgery, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
