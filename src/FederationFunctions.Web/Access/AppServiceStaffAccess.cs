using System.Buffers.Text;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Web.Access;

/// <summary>
/// Staff in Azure: App Service authentication (Microsoft Entra ID) signs people in and passes the principal in the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON: <c>auth_typ</c>, <c>claims</c>, <c>role_typ</c>); the platform removes that
/// header from incoming requests, so only it can set it. Staff hold the app role <see cref="WebOptions.StaffRole"/>.
/// </summary>
public sealed class AppServiceStaffAccess(IOptions<WebOptions> options) : IStaffAccess
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    private const int MaxHeaderLength = 64 * 1024;
    private readonly string _role = options.Value.StaffRole;

    public StaffCheck Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[PrincipalHeader].ToString();
        if (header.Length == 0 || header.Length > MaxHeaderLength)
        {
            return StaffCheck.NotSignedIn;
        }

        var principal = Decode(header);
        if (principal is null)
        {
            return StaffCheck.NotSignedIn;
        }

        var roleType = string.IsNullOrEmpty(principal.RoleType) ? "roles" : principal.RoleType;
        var isStaff = principal.Claims?.Any(c =>
            (c.Type == roleType || c.Type == "roles" || c.Type == ClaimTypes.Role)
            && string.Equals(c.Value, _role, StringComparison.Ordinal)) == true;
        return isStaff ? StaffCheck.Allowed : StaffCheck.Forbidden;
    }

    public string? SignInPath(string returnPath) => "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath);

    private static ClientPrincipal? Decode(string header)
    {
        try
        {
            var bytes = Convert.FromBase64String(header);
            return JsonSerializer.Deserialize<ClientPrincipal>(Encoding.UTF8.GetString(bytes));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            try
            {
                return JsonSerializer.Deserialize<ClientPrincipal>(Base64Url.DecodeFromChars(header));
            }
            catch (Exception inner) when (inner is FormatException or JsonException)
            {
                return null;
            }
        }
    }

    private sealed record ClientPrincipal(
        [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
        [property: JsonPropertyName("role_typ")] string? RoleType,
        [property: JsonPropertyName("claims")] IReadOnlyList<PrincipalClaim>? Claims);

    private sealed record PrincipalClaim(
        [property: JsonPropertyName("typ")] string Type,
        [property: JsonPropertyName("val")] string Value);
}
