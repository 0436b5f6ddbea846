using FederationFunctions.Web.Pages;
using FederationFunctions.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Handlers;

/// <summary>The one « page introuvable » answer: an unknown page and a centre link with a wrong token look the same.</summary>
internal static class NotFoundPage
{
    public static Task<IResult> RenderAsync(PageRenderer pages) => pages.PageAsync<MessagePage>(
        new Dictionary<string, object?>
        {
            [nameof(MessagePage.Title)] = "Page introuvable",
            [nameof(MessagePage.Message)] = "Cette adresse ne correspond à aucune page. Si vous avez reçu un lien de dépôt, vérifiez qu'il a été copié en entier, ou demandez un nouveau lien à la fédération.",
        },
        StatusCodes.Status404NotFound);
}
