using System.Globalization;

namespace FederationFunctions.Core.Templates;

/// <summary>
/// Why no template can be written, in the words of the staff who asked for it (the command line and the JSON API say the
/// same thing): about the reference, never about where a file was uploaded.
/// </summary>
public static class CentreTemplateMessages
{
    /// <summary>The reference at hand is of <paramref name="referenceYear"/>, not of the year asked.</summary>
    public static string ReferenceOfAnotherYear(int askedYear, int referenceYear) => string.Create(
        CultureInfo.InvariantCulture,
        $"Pas de modèle {askedYear} : le référentiel est celui de {referenceYear}. Le modèle {askedYear} reprend le calendrier, le catalogue de formation et les adhérents du référentiel {askedYear} : utilisez celui-ci, ou demandez le modèle {referenceYear}.");

    /// <summary>No reference was accepted for the year asked, nor for the year before.</summary>
    public static string NoReference(int askedYear) => string.Create(
        CultureInfo.InvariantCulture,
        $"Pas de modèle {askedYear} : aucun référentiel n'est accepté pour {askedYear}. Le modèle reprend le calendrier, le catalogue de formation et les adhérents du référentiel de l'année : déposez d'abord le référentiel {askedYear}.");

    /// <summary>The structure is absent from the year's reference.</summary>
    public static string UnknownStructure(string structureCode, int year) => string.Create(
        CultureInfo.InvariantCulture,
        $"Pas de modèle {year} pour {structureCode} : la structure ne figure pas dans le référentiel {year}. Vérifiez le code structure.");

    /// <summary>The structure is in the year's reference but not a member.</summary>
    public static string NotAMember(string structureCode, int year) => string.Create(
        CultureInfo.InvariantCulture,
        $"Pas de modèle {year} pour {structureCode} : la structure n'est pas adhérente dans le référentiel {year}.");
}
