using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class UploadAccessTemplateTests(CompiledMainTemplate compiled)
{
    private const string Blobs = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";
    private const string ContainerName = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name]";
    private const string BlobPath = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path]";
    private const string ListPrefix = "@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix]";

    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void BlobWriterRole_ReadsAndWritesBlobsButCannotDeleteNorManageContainers()
    {
        var role = _template.Single("Microsoft.Authorization/roleDefinitions");
        var permissions = Assert.Single(role.At("properties.permissions").EnumerateArray());

        Assert.Equal(
            [$"{Blobs}/read", $"{Blobs}/write", $"{Blobs}/add/action"],
            Strings(role.Variable("dataActions")));
        Assert.Equal("[variables('dataActions')]", permissions.GetProperty("dataActions").GetString());
        Assert.Empty(permissions.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public void CentreAssignment_AllowsWritingOnlyUnderItsFolderAndReadingItsUploadsAndFeedback()
    {
        var assignment = CentreAssignment();
        var condition = ArmFormatExpression.Render(
            assignment.At("properties.condition").GetString()!,
            ArgumentValues(assignment, "toUpper(parameters('centreUploaders')[copyIndex()].structureCode)"));

        var expected =
            $"((!(ActionMatches{{'{Blobs}/write'}}) AND !(ActionMatches{{'{Blobs}/add/action'}})) "
            + $"OR ({ContainerName} StringEquals 'uploads' AND {BlobPath} StringStartsWith '59-LIL-001/')) "
            + $"AND ((!(ActionMatches{{'{Blobs}/read'}} AND NOT SubOperationMatches{{'Blob.List'}})) "
            + $"OR (({ContainerName} StringEquals 'uploads' OR {ContainerName} StringEquals 'feedback') AND {BlobPath} StringStartsWith '59-LIL-001/')) "
            + $"AND ((!(ActionMatches{{'{Blobs}/read'}} AND SubOperationMatches{{'Blob.List'}})) "
            + $"OR (({ContainerName} StringEquals 'uploads' OR {ContainerName} StringEquals 'feedback') AND {ListPrefix} StringStartsWith '59-LIL-001/'))";
        Assert.Equal(expected, condition);
        Assert.Equal("2.0", assignment.At("properties.conditionVersion").GetString());
        Assert.Equal("[parameters('blobWriterRoleId')]", assignment.At("properties.roleDefinitionId").GetString());
    }

    [Fact]
    public void CentreAssignment_IsOnePerCentreAndOffByDefault()
    {
        var assignment = CentreAssignment();

        Assert.Equal("[length(parameters('centreUploaders'))]", assignment.At("copy.count").GetString());
        Assert.Equal("[parameters('centreUploaders')[copyIndex()].principalId]", assignment.At("properties.principalId").GetString());
        Assert.Equal("[not(empty(parameters('centreUploaders')))]", assignment.Module!.At("condition").GetString());
        Assert.Equal(JsonValueKind.Array, _template.DefaultOf("centreUploaders").ValueKind);
        Assert.Empty(_template.DefaultOf("centreUploaders").EnumerateArray());
    }

    [Fact]
    public void StaffAssignment_AllowsWritingOnlyInTheReferenceContainer()
    {
        var assignment = Assert.Single(
            _template.OfType("Microsoft.Authorization/roleAssignments"),
            candidate => candidate.Properties.TryGetProperty("condition", out _)
                && candidate.At("properties.principalId").GetString() == "[parameters('staffGroupObjectId')]");
        var condition = ArmFormatExpression.Render(assignment.At("properties.condition").GetString()!, ArgumentValues(assignment, structureCodeArgument: null));

        Assert.Equal(
            $"((!(ActionMatches{{'{Blobs}/write'}}) AND !(ActionMatches{{'{Blobs}/add/action'}})) OR ({ContainerName} StringEquals 'reference'))",
            condition);
    }

    private ArmResource CentreAssignment() => Assert.Single(
        _template.OfType("Microsoft.Authorization/roleAssignments"),
        candidate => candidate.At("properties.principalId").GetString() == "[parameters('centreUploaders')[copyIndex()].principalId]");

    private static Dictionary<string, string> ArgumentValues(ArmResource assignment, string? structureCodeArgument)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["parameters('uploadsContainerName')"] = "uploads",
            ["parameters('feedbackContainerName')"] = "feedback",
            ["parameters('referenceContainerName')"] = "reference",
        };
        foreach (var variable in assignment.Template.GetProperty("variables").EnumerateObject())
        {
            if (variable.Value.ValueKind == JsonValueKind.String)
            {
                values[$"variables('{variable.Name}')"] = variable.Value.GetString()!;
            }
        }

        if (structureCodeArgument is not null)
        {
            values[structureCodeArgument] = "59-LIL-001";
        }

        return values;
    }

    private static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(item => item.GetString()!).ToArray();
}
