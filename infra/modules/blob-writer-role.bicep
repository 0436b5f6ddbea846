// Custom role "Federation blob writer": read, create and overwrite blobs, and nothing else.
// No delete (the pipeline's history relies on every upload staying), no control-plane action (the
// built-in Storage Blob Data Contributor could delete a container through Azure Resource Manager).
// Every assignment of this role carries an ABAC condition restricting the container and path.

@description('Role name shown in the portal; unique in the tenant.')
param roleName string

var dataActions = [
  'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'
  'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'
  'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'
]

resource role 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, roleName)
  properties: {
    roleName: roleName
    description: 'Reads, creates and overwrites blobs of the federation storage account, within the container and path allowed by the condition of each assignment. Cannot delete.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: dataActions
        notDataActions: []
      }
    ]
  }
}

output id string = role.id
