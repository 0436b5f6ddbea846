// Event Grid system topic on the storage account: the source of the blob triggers on Flex Consumption.
// Its system-assigned identity writes undeliverable events to the dead-letter container (shared keys are off), with
// Storage Blob Data Contributor on that container only. The subscriptions themselves are created after the code is
// deployed (infra/event-grid-subscriptions.bicep, by the azd postdeploy hook infra/hooks/postdeploy.sh).

@description('System topic name.')
param name string

@description('Azure region (the storage account region).')
param location string

@description('Tags applied to the topic.')
param tags {*: string}

@description('Storage account name.')
param storageAccountName string

@description('Blob container receiving the events that could not be delivered.')
param deadLetterContainerName string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: deadLetterContainerName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, topic.id, storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    description: 'Event Grid system topic: write undeliverable events.'
  }
}

output name string = topic.name
