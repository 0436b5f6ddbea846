namespace FederationFunctions.Web.Routing;

/// <summary>Who a route is for, which decides how the host lets the request in.</summary>
public enum RouteAudience
{
    /// <summary>A centre with its personal link: anonymous for the host, the handler checks the token.</summary>
    Centre,

    /// <summary>Federation staff: anonymous for the host (so that centre links work), the handler checks the app role.</summary>
    Staff,

    /// <summary>Scripts: the JSON API, behind a function key in Azure.</summary>
    Script,

    /// <summary>Anyone: the style sheet and the script.</summary>
    Public,
}
