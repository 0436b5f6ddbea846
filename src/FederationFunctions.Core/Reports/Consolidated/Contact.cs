using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>Whom to reach about a structure's collection, as the reference gives it; « non renseigné » where it does not.</summary>
internal sealed record Contact(string Name, string Email, string Phone)
{
    public const string NotGiven = "non renseigné";

    public static Contact Of(MemberStructure? structure) => new(
        structure?.ContactName ?? NotGiven,
        structure?.ContactEmail ?? NotGiven,
        structure?.ContactPhone ?? NotGiven);
}
