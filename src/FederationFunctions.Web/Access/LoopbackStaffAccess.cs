using System.Net;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Access;

/// <summary>
/// Staff on this machine (<c>federation host --http</c>): the host listens on 127.0.0.1 only, and a caller on the loopback is the
/// person running it, treated as staff (the host says so on its first line). A request from elsewhere is refused.
/// </summary>
public sealed class LoopbackStaffAccess : IStaffAccess
{
    public StaffCheck Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var remote = request.HttpContext.Connection.RemoteIpAddress;
        return remote is not null && IPAddress.IsLoopback(remote) ? StaffCheck.Allowed : StaffCheck.Forbidden;
    }

    public string? SignInPath(string returnPath) => null;
}
