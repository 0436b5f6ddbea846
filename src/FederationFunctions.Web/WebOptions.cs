using System.ComponentModel.DataAnnotations;

namespace FederationFunctions.Web;

/// <summary>Settings of the pages and HTTP handlers (section <c>Federation:Web</c>, environment <c>Federation__Web__…</c>).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Federation:Web";

    /// <summary>The secret under which each centre's link is signed (HMAC-SHA256). In Azure, a Key Vault reference. Changing it revokes every link.</summary>
    [Required(ErrorMessage = "Federation:Web:LinkSecret is required: the secret that signs centres' links (at least 32 characters).")]
    [MinLength(32, ErrorMessage = "Federation:Web:LinkSecret must be at least 32 characters long.")]
    public string LinkSecret { get; set; } = string.Empty;

    /// <summary>The Entra app role value a signed-in principal must hold to see the staff pages.</summary>
    [Required]
    public string StaffRole { get; set; } = "Federation.Staff";

    /// <summary>The first year any route accepts.</summary>
    [Range(1900, 9999)]
    public int MinYear { get; set; } = 2000;

    /// <summary>The last year any route accepts.</summary>
    [Range(1900, 9999)]
    public int MaxYear { get; set; } = 2100;

    /// <summary>The largest workbook a page accepts; larger files are refused before anything is stored.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
