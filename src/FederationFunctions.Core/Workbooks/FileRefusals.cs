namespace FederationFunctions.Core.Workbooks;

/// <summary>The refusals of <c>centre-workbook-v1.md</c> § File, each with the French message shown to the centre.</summary>
internal static class FileRefusals
{
    private const string SaveAsXlsx = "Enregistrez le fichier au format .xlsx (Excel : Fichier > Enregistrer sous > Classeur Excel).";

    public static FileRefusal Empty(string fileName) => new(
        FileRefusalReason.Empty,
        $"Le fichier « {fileName} » est vide. Déposez de nouveau le classeur rempli, au format .xlsx.");

    public static FileRefusal TooLarge(string fileName, long maxBytes) => new(
        FileRefusalReason.TooLarge,
        $"Le fichier « {fileName} » dépasse la taille maximale de {FrenchText.Megabytes(maxBytes)}. " +
        "Supprimez les images, les feuilles inutiles et les lignes vides en fin de feuille, puis déposez-le de nouveau.");

    public static FileRefusal LegacyXls(string fileName) => new(
        FileRefusalReason.LegacyXls,
        $"Le fichier « {fileName} » est au format Excel 97-2003 (.xls), qui n'est pas accepté. " + SaveAsXlsx);

    public static FileRefusal Encrypted(string fileName) => new(
        FileRefusalReason.Encrypted,
        $"Le fichier « {fileName} » est chiffré et ne peut pas être lu. " +
        "S'il est protégé par un mot de passe, retirez-le (Excel : Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, effacez le mot de passe). " +
        "Si Excel l'ouvre sans vous demander de mot de passe, ouvrez-le dans Excel et choisissez Fichier > Enregistrer une copie, au format Classeur Excel (.xlsx). " +
        "Déposez ensuite le nouveau fichier.");

    public static FileRefusal OpenDocument(string fileName) => new(
        FileRefusalReason.OpenDocument,
        $"Le fichier « {fileName} » est au format OpenDocument (.ods), qui n'est pas accepté. " +
        "Enregistrez-le au format .xlsx (LibreOffice : Fichier > Enregistrer sous > Type : Excel 2007-365 (.xlsx)).");

    public static FileRefusal Csv(string fileName) => new(
        FileRefusalReason.Csv,
        $"Le fichier « {fileName} » est un fichier texte (CSV), pas un classeur Excel. " +
        "Utilisez le modèle de classeur et " + char.ToLowerInvariant(SaveAsXlsx[0]) + SaveAsXlsx[1..]);

    public static FileRefusal NotAWorkbook(string fileName) => new(
        FileRefusalReason.NotAWorkbook,
        $"Le fichier « {fileName} » n'est pas un classeur Excel (.xlsx) lisible : il est endommagé ou d'un autre format. " +
        "Ouvrez-le dans Excel ou LibreOffice, vérifiez son contenu, puis " + char.ToLowerInvariant(SaveAsXlsx[0]) + SaveAsXlsx[1..]);

    public static FileRefusal ExpandsTooMuch(string fileName, long maxExpandedBytes) => new(
        FileRefusalReason.ExpandsTooMuch,
        $"Le fichier « {fileName} » contient des données qui, une fois décompressées, dépassent {FrenchText.Megabytes(maxExpandedBytes)}. " +
        "Il ne peut pas être lu. Copiez les données dans le modèle de classeur vierge et déposez ce nouveau fichier.");

    public static FileRefusal TooManyRows(string sheetName, int maxDataRows) => new(
        FileRefusalReason.TooManyRows,
        $"La feuille « {sheetName} » contient plus de {FrenchText.Count(maxDataRows)} lignes de données, la limite autorisée. " +
        "Supprimez les lignes inutiles (lignes vides mises en forme, doublons) puis déposez de nouveau le fichier.",
        sheetName);
}
