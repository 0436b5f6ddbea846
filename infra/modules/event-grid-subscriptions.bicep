// BlobCreated subscriptions delivering to the blob extension's webhook of the function app.
// Deployed once the code is running: Event Grid validates the webhook when the subscription is created,
// and the blobs_extension system key exists only after the host has started with an Event Grid blob trigger.

@description('Event Grid system topic on the storage account.')
param systemTopicName string

@description('Function app name.')
param functionAppName string

@description('Blob container of the centre workbooks.')
param uploadsContainerName string

@description('Blob container of the reference workbooks.')
param referenceContainerName string

@description('blobs_extension system key of the app; empty to read it from the app (listKeys on host/default).')
@secure()
param blobsExtensionKey string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

var webhookKey = empty(blobsExtensionKey) ? listKeys('${functionApp.id}/host/default', '2024-04-01').systemKeys.blobs_extension : blobsExtensionKey
var webhookBase = 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs'

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
          endpointUrl: '${webhookBase}?functionName=Host.Functions.${route.functionName}&code=${webhookKey}'
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
    }
  }
]
