// Alert on failed ingestions: an Ingest* execution that failed (exception, timeout, storage outage).
// A workbook refused for its content is a normal outcome (Refusé), written to the ledger and the feedback,
// and does not raise this alert.

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

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
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
