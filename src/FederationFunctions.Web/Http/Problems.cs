using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Http;

/// <summary>French RFC 9457 problem details (<c>application/problem+json</c>) for requests a handler refuses.</summary>
public static class Problems
{
    /// <summary>400: a route value or a form field is not acceptable.</summary>
    public static IResult BadRequest(string detail, string parameter) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        title: "Requête invalide",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        extensions: new Dictionary<string, object?> { ["parametre"] = parameter });

    /// <summary>409: the work asked for is already running.</summary>
    public static IResult Conflict(string detail) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        title: "Déjà en cours",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10");

    /// <summary>404 for the JSON API (the pages answer 404 with a page).</summary>
    public static IResult NotFound(string detail) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status404NotFound,
        title: "Introuvable",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
}
