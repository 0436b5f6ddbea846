namespace FederationFunctions.Core.Model;

/// <summary>The federation's reference workbook for a year (<c>reference-workbook-v1.md</c>), validated. Lists keep the sheet's order.</summary>
public sealed record ReferenceWorkbook(
    int Year,
    decimal? FosforaEnvelopeEur,
    IReadOnlyList<Territory> Territories,
    IReadOnlyList<MemberStructure> Structures,
    IReadOnlyList<CalendarEvent> Calendar,
    IReadOnlyList<CatalogueAction> Catalogue);
