// Alerts:
// - failed ingestions: an Ingest* execution that failed (exception, timeout, storage outage). A workbook refused for
//   its content is a normal outcome (Refusé), written to the ledger and the feedback, and does not raise this alert;
// - poison blobs: the blob trigger gave up on a blob after its retries (host.json poisonBlobThreshold) and put a
//   message in its poison queue. The queue service's write log goes to Log Analytics (diagnostic setting) so that
//   any message put in that queue fires the alert.

@description('Alert rule name.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Application Insights component name the rule queries.')
param applicationInsightsName string

@description('E-mail address notified when the alert fires; empty for no action group.')
param alertEmailAddress string

@description('Name of the poison-blob alert rule.')
param poisonAlertName string

@description('Storage account whose queue service holds the poison queue.')
param storageAccountName string

@description('Poison queue of the blob trigger (webjobs-blobtrigger-poison).')
param poisonQueueName string

@description('Resource id of the Log Analytics workspace receiving the queue write log.')
param workspaceId string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmailAddress)) {
  name: 'ag-${name}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'federation'
    enabled: true
    emailReceivers: [
      {
        name: 'federation-staff'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

var failedIngestionsQuery = '''
union
  (requests
    | where name startswith "Ingest" and success == false
    | project timestamp, functionName = name, operation_Id),
  (exceptions
    | where operation_Name startswith "Ingest"
    | project timestamp, functionName = operation_Name, operation_Id)
| summarize failedExecutions = dcount(operation_Id) by functionName
'''

resource failedIngestions 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: name
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Failed ingestions (IngestCentreWorkbook / IngestReferenceWorkbook)'
    description: 'An ingestion function execution failed in the last 15 minutes. The blob trigger retries and the nightly reconciliation re-ingests missed blobs; look at the exceptions in Application Insights.'
    severity: 2
    enabled: true
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    scopes: [
      applicationInsights.id
    ]
    criteria: {
      allOf: [
        {
          query: failedIngestionsQuery
          timeAggregation: 'Total'
          metricMeasureColumn: 'failedExecutions'
          dimensions: [
            {
              name: 'functionName'
              operator: 'Include'
              values: [
                '*'
              ]
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: empty(alertEmailAddress) ? [] : [
        actionGroup.id
      ]
    }
  }
}

// Queue writes only (the account's queues are the host's: a few messages a day at most), kept in the workspace.
resource queueWriteLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'queue-writes-to-log-analytics'
  scope: queueService
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'StorageWrite'
        enabled: true
      }
    ]
  }
}

var poisonBlobsQuery = '''
StorageQueueLogs
| where OperationName == "PutMessage" and Uri contains "/{0}/messages"
| summarize poisonedBlobs = count()
'''

resource poisonBlobs 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: poisonAlertName
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Poison blobs (blob trigger gave up)'
    description: 'The blob trigger put a blob in its poison queue after its retries. The nightly reconciliation retries it; read the queue message (the blob name) and the exceptions in Application Insights.'
    severity: 1
    enabled: true
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    scopes: [
      workspaceId
    ]
    criteria: {
      allOf: [
        {
          query: format(poisonBlobsQuery, poisonQueueName)
          timeAggregation: 'Total'
          metricMeasureColumn: 'poisonedBlobs'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: empty(alertEmailAddress) ? [] : [
        actionGroup.id
      ]
    }
  }
  dependsOn: [
    queueWriteLog
  ]
}
