using System.Globalization;
using System.Text.RegularExpressions;

namespace FederationFunctions.Core.Ingestion;

/// <summary>The parts of an upload's blob name, and why its shape is refused when it is.</summary>
/// <param name="Folder">The first path segment (structure code or year folder), or null for a blob at the container's root.</param>
/// <param name="FileName">The last path segment.</param>
/// <param name="Year">For a reference upload, the folder's year when it is a valid year.</param>
/// <param name="Problem">A French message saying why the path is refused and where to put the file, or null when the shape is right.</param>
public sealed partial record UploadPath(string? Folder, string FileName, int? Year, string? Problem)
{
    public bool IsValid => Problem is null;

    public static UploadPath Parse(UploadKind kind, string container, string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var segments = blobName.Split('/');
        var fileName = segments[^1];
        var folder = segments.Length > 1 ? segments[0] : null;
        var expected = kind == UploadKind.Centre
            ? $"{container}/{{code de la structure}}/{fileName}"
            : $"{container}/{{année}}/{fileName}";

        if (segments.Length == 1)
        {
            return new UploadPath(null, fileName, null,
                $"Le fichier « {fileName} » a été déposé à la racine du conteneur « {container} ». Déposez-le dans le dossier prévu : {expected}.");
        }

        if (segments.Length > 2 || segments.Any(s => s.Length == 0))
        {
            var suggestion = folder is { Length: > 0 } ? $"{container}/{folder}/{fileName}" : expected;
            return new UploadPath(folder, fileName, null,
                $"Le fichier « {blobName} » n'est pas rangé au bon endroit (sous-dossier ou nom vide). Déposez-le directement dans le dossier prévu : {suggestion}.");
        }

        if (kind == UploadKind.Reference)
        {
            var isYear = folder!.Length == 4 && folder.All(char.IsAsciiDigit)
                && int.TryParse(folder, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100;
            if (!isYear)
            {
                var example = YearInName().Match(fileName) is { Success: true } named
                    ? $", ici sans doute {container}/{named.Value}/{fileName}"
                    : " (l'année du référentiel, sur 4 chiffres)";
                return new UploadPath(folder, fileName, null,
                    $"Le dossier « {folder} » n'est pas une année (2000 à 2100). Déposez le référentiel dans {expected}{example}.");
            }

            return new UploadPath(folder, fileName, int.Parse(folder, NumberStyles.None, CultureInfo.InvariantCulture), null);
        }

        if (!CanonicalCode().IsMatch(folder!))
        {
            var normalised = folder!.Trim().ToUpperInvariant().Replace('_', '-').Replace(' ', '-');
            var suggestion = CanonicalCode().IsMatch(normalised)
                ? $" Déposez-le dans {container}/{normalised}/{fileName}."
                : $" Déposez-le dans le dossier de votre structure, par exemple {container}/59-LIL-001/{fileName}.";
            return new UploadPath(folder, fileName, null,
                $"Le dossier « {folder} » n'est pas un code de structure : un code s'écrit exactement deux chiffres, un tiret, trois lettres majuscules, un tiret et trois chiffres (59-LIL-001).{suggestion}");
        }

        return new UploadPath(folder, fileName, null, null);
    }

    /// <summary>A year from 2000 to 2100 written in a file name (<c>referentiel-2025.xlsx</c>), the likeliest folder for it.</summary>
    [GeneratedRegex(@"(?<![0-9])(20[0-9]{2}|2100)(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearInName();

    /// <summary>The canonical structure code, matched exactly (no trimming, no case folding): the folder is the key of the centre's access.</summary>
    [GeneratedRegex(Validation.Centre.StructureSheet.StructureCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalCode();
}
