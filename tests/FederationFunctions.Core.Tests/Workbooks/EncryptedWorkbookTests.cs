using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// An encrypted package (an OLE file holding <c>EncryptionInfo</c> and <c>EncryptedPackage</c>) is either protected by a
/// password the user set, or encrypted by Excel with its built-in default password (Excel opens it without asking): the
/// message must tell both users what to do.
/// </summary>
public class EncryptedWorkbookTests
{
    [Fact]
    public async Task EncryptedWorkbook_MessageSaysToSaveACopyAsXlsxWhenExcelOpensItWithoutAPassword()
    {
        var result = await WorkbookReading.ReadAsync(CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage"), "remontee.xlsx");

        Assert.Equal(FileRefusalReason.Encrypted, result.Refusal?.Reason);
        var message = result.Refusal!.Message;
        Assert.Contains("« remontee.xlsx »", message, StringComparison.Ordinal);
        Assert.Contains("mot de passe", message, StringComparison.Ordinal);
        Assert.Contains("sans vous demander de mot de passe", message, StringComparison.Ordinal);
        Assert.Contains("Enregistrer une copie", message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", message, StringComparison.Ordinal);
    }
}
