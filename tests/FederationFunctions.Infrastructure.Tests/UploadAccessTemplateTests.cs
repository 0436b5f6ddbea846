using System.Text.Json;
using static FederationFunctions.Infrastructure.Tests.BuiltInRoles;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>Centres and staff: built-in roles on the data containers, narrowed by conditions (issue 15).</summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class UploadAccessTemplateTests(CompiledMainTemplate compiled)
{
    private const string Blobs = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";
    private const string BlobPath = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path]";
    private const string ListPrefix = "@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix]";
    private const string CentrePrincipal = "[parameters('centreUploaders')[copyIndex()].principalId]";
    private const string StaffPrincipal = "[parameters('staffGroupObjectId')]";

    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void CentreUploads_AllowWritingReadingAndListingOnlyItsFolder_AndNoDeletion()
    {
        var assignment = Assert.Single(CentreAssignments(), candidate => candidate.Scope == ContainerScope("parameters('uploadsContainerName')"));
        var condition = Render(assignment);

        Assert.Equal(StorageBlobDataContributor, assignment.RoleDefinitionGuid());
        Assert.Equal(
            $"((!(ActionMatches{{'{Blobs}/write'}}) AND !(ActionMatches{{'{Blobs}/add/action'}})) OR ({BlobPath} StringStartsWith '59-LIL-001/')) "
            + $"AND ((!(ActionMatches{{'{Blobs}/read'}} AND NOT SubOperationMatches{{'Blob.List'}})) OR ({BlobPath} StringStartsWith '59-LIL-001/')) "
            + $"AND ((!(ActionMatches{{'{Blobs}/read'}} AND SubOperationMatches{{'Blob.List'}})) OR ({ListPrefix} StringStartsWith '59-LIL-001/')) "
            + $"AND (!(ActionMatches{{'{Blobs}/delete'}}))",
            condition);
        Assert.Equal("2.0", assignment.At("properties.conditionVersion").GetString());
    }

    [Fact]
    public void CentreFeedback_AllowsReadingAndListingOnlyItsFolder()
    {
        var assignment = Assert.Single(CentreAssignments(), candidate => candidate.Scope == ContainerScope("parameters('feedbackContainerName')"));

        Assert.Equal(StorageBlobDataReader, assignment.RoleDefinitionGuid());
        Assert.Equal(
            $"((!(ActionMatches{{'{Blobs}/read'}} AND NOT SubOperationMatches{{'Blob.List'}})) OR ({BlobPath} StringStartsWith '59-LIL-001/')) "
            + $"AND ((!(ActionMatches{{'{Blobs}/read'}} AND SubOperationMatches{{'Blob.List'}})) OR ({ListPrefix} StringStartsWith '59-LIL-001/'))",
            Render(assignment));
    }

    [Fact]
    public void CentreAssignments_AreTwoPerCentreAndOffByDefault()
    {
        var assignments = CentreAssignments();

        Assert.Equal(2, assignments.Count);
        Assert.All(assignments, assignment =>
        {
            Assert.Equal("[length(parameters('centreUploaders'))]", assignment.At("copy.count").GetString());
            Assert.Equal("[not(empty(parameters('centreUploaders')))]", assignment.Module!.At("condition").GetString());
        });
        Assert.Equal(JsonValueKind.Array, _template.DefaultOf("centreUploaders").ValueKind);
        Assert.Empty(_template.DefaultOf("centreUploaders").EnumerateArray());
    }

    [Fact]
    public void Staff_ReadTheFourDataContainersOnly()
    {
        var assignments = StaffAssignments();
        var readers = Assert.Single(assignments, candidate => candidate.RoleDefinitionGuid() == StorageBlobDataReader);

        Assert.DoesNotContain(assignments, assignment => assignment.Scope == AccountScope);
        Assert.Equal(ContainerScope("parameters('dataContainerNames')[copyIndex()]"), readers.Scope);
        Assert.Equal("[length(parameters('dataContainerNames'))]", readers.At("copy.count").GetString());
        Assert.Equal("[variables('dataContainerNames')]", readers.ModuleParameter("dataContainerNames").GetString());
        Assert.Equal("[not(empty(parameters('staffGroupObjectId')))]", readers.Module!.At("condition").GetString());
    }

    [Fact]
    public void Staff_UploadReferenceWorkbooksOnly_AndDeleteNoBlob()
    {
        var writer = Assert.Single(StaffAssignments(), candidate => candidate.RoleDefinitionGuid() == StorageBlobDataContributor);

        Assert.Equal(ContainerScope("parameters('referenceContainerName')"), writer.Scope);
        Assert.Equal("[parameters('referenceContainerName')]", writer.ModuleParameter("referenceContainerName").GetString());
        Assert.Equal(NoBlobDeletion, writer.At("properties.condition").GetString());
        Assert.Equal(2, StaffAssignments().Count);
    }

    private List<ArmResource> CentreAssignments() =>
        _template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(candidate => candidate.At("properties.principalId").GetString() == CentrePrincipal)
            .ToList();

    private List<ArmResource> StaffAssignments() =>
        _template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(candidate => candidate.At("properties.principalId").GetString() == StaffPrincipal)
            .ToList();

    /// <summary>The condition Azure receives for centre 59-LIL-001.</summary>
    private static string Render(ArmResource assignment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["toUpper(parameters('centreUploaders')[copyIndex()].structureCode)"] = "59-LIL-001",
        };
        foreach (var variable in assignment.Template.GetProperty("variables").EnumerateObject())
        {
            if (variable.Value.ValueKind == JsonValueKind.String)
            {
                values[$"variables('{variable.Name}')"] = variable.Value.GetString()!;
            }
        }

        return ArmFormatExpression.Render(assignment.At("properties.condition").GetString()!, values);
    }
}
