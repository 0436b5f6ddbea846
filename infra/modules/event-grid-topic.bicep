// Event Grid system topic on the storage account: the source of the blob triggers on Flex Consumption.

@description('System topic name.')
param name string

@description('Azure region (the storage account region).')
param location string

@description('Tags applied to the topic.')
param tags {*: string}

@description('Storage account name.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
