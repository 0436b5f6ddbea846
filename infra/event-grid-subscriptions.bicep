// BlobCreated subscriptions delivering to the blob extension's webhook of the function app, deployed on their own by
// the azd postdeploy hook (infra/hooks/postdeploy.sh) once the code runs: Event Grid validates the webhook when a
// subscription is created, and the blobs_extension system key exists only after the host has started with an Event
// Grid blob trigger. Deploying it again with the same values changes nothing.
targetScope = 'resourceGroup'

@description('Event Grid system topic on the storage account (output AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME of main.bicep).')
param systemTopicName string

@description('Default host name of the function app (output AZURE_FUNCTION_APP_HOSTNAME).')
param functionAppHostName string

@description('Storage account name (output AZURE_STORAGE_ACCOUNT_NAME).')
param storageAccountName string

@description('Blob container of the centre workbooks.')
param uploadsContainerName string

@description('Blob container of the reference workbooks.')
param referenceContainerName string

@description('Blob container receiving the events that could not be delivered.')
param deadLetterContainerName string

@description('blobs_extension system key of the function app, read by the hook.')
@secure()
param blobsExtensionKey string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

var webhookBase = 'https://${functionAppHostName}/runtime/webhooks/blobs'

var routes = [
  {
    name: 'uploads-to-ingest-centre-workbook'
    container: uploadsContainerName
    functionName: 'IngestCentreWorkbook'
  }
  {
    name: 'reference-to-ingest-reference-workbook'
    container: referenceContainerName
    functionName: 'IngestReferenceWorkbook'
  }
]

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [
  for route in routes: {
    parent: topic
    name: route.name
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          // The URL carries the secure parameter blobsExtensionKey; Event Grid never returns it (write-only).
          #disable-next-line use-secure-value-for-secure-inputs
          endpointUrl: '${webhookBase}?functionName=Host.Functions.${route.functionName}&code=${blobsExtensionKey}'
          maxEventsPerBatch: 1
          preferredBatchSizeInKilobytes: 64
        }
      }
      eventDeliverySchema: 'EventGridSchema'
      filter: {
        includedEventTypes: [
          'Microsoft.Storage.BlobCreated'
        ]
        subjectBeginsWith: '/blobServices/default/containers/${route.container}/'
      }
      retryPolicy: {
        maxDeliveryAttempts: 30
        eventTimeToLiveInMinutes: 1440
      }
      // Events still undelivered after the retries land here (written with the topic's identity); the nightly
      // reconciliation ingests the blobs anyway, the dead letters say when and why delivery failed.
      deadLetterWithResourceIdentity: {
        identity: {
          type: 'SystemAssigned'
        }
        deadLetterDestination: {
          endpointType: 'StorageBlob'
          properties: {
            resourceId: storage.id
            blobContainerName: deadLetterContainerName
          }
        }
      }
    }
  }
]

output subscriptionNames string[] = [for route in routes: route.name]
