namespace FederationFunctions.Web.Rendering;

/// <summary>The hidden field a form carries against cross-site request forgery (issued by ASP.NET Core's antiforgery).</summary>
public sealed record FormToken(string FieldName, string Value);
