// Azure Cosmos DB for NoSQL: the account, the `guildhall` database and its containers.
//
// Authentication is Microsoft Entra ID only (disableLocalAuth): the web app connects with its
// managed identity (COSMOS_KEY is left empty, so the server uses DefaultAzureCredential) and holds
// the built-in Data Contributor role (cosmos-role.bicep). There are no usable account keys.
//
// The server calls createIfNotExists for the database and every container at start-up, which
// creates any missing ones when it connects with an account key (local development, the emulator).
// With Entra ID, data-plane RBAC does not allow creating databases or containers, so here they are
// declared in Bicep and the server only reads their metadata. Keep this list and the composite
// indexes in step with bot/src/domain/shared/containers.ts and compositeIndexesOf() in
// bot/src/store/cosmos/cosmos-document-store.ts: a container added there must be added here, or
// the server fails to start against this account.

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Account name: 3-44 lowercase letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(44)
param accountName string

@description('Database name (COSMOS_DATABASE).')
param databaseName string = 'guildhall'

@description('serverless: pay per request. autoscale: provisioned throughput shared by the database\'s containers, scaling between 10% of the maximum and the maximum.')
@allowed([
  'serverless'
  'autoscale'
])
param throughputMode string = 'serverless'

@description('Maximum RU/s of the database when throughputMode is autoscale (a multiple of 1000).')
@minValue(1000)
@maxValue(1000000)
param autoscaleMaxThroughput int = 1000

// Every container is partitioned on /pk (the adapter sets pk from the tenant and the document).
// compositeIndexes repeat what the adapter asks for when it creates a container: for each declared
// order, the order itself when it has several fields, and a copy prefixed by /tenantId.
var containers = [
  {
    name: 'members'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/displayName', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'community'
    compositeIndexes: [
      [
        { path: '/kind', order: 'ascending' }
        { path: '/version', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/kind', order: 'ascending' }
        { path: '/version', order: 'descending' }
      ]
    ]
  }
  {
    name: 'conversations'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/memberId', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/type', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'circles'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/name', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'memberships'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/memberId', order: 'ascending' }
      ]
      [
        { path: '/circleId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/circleId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'posts'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/updatedAt', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/publishedAt', order: 'descending' }
      ]
      [
        { path: '/circleId', order: 'ascending' }
        { path: '/publishedAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/circleId', order: 'ascending' }
        { path: '/publishedAt', order: 'descending' }
      ]
      [
        { path: '/status', order: 'ascending' }
        { path: '/scheduledFor', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/scheduledFor', order: 'ascending' }
      ]
      [
        { path: '/authorId', order: 'ascending' }
        { path: '/updatedAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/authorId', order: 'ascending' }
        { path: '/updatedAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/engagement', order: 'descending' }
      ]
    ]
  }
  {
    name: 'comments'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/createdAt', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'reactions'
    compositeIndexes: []
  }
  {
    name: 'bookmarks'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/createdAt', order: 'descending' }
      ]
    ]
  }
  {
    name: 'reports'
    compositeIndexes: [
      [
        { path: '/status', order: 'ascending' }
        { path: '/createdAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/createdAt', order: 'descending' }
      ]
    ]
  }
  {
    name: 'audit'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/at', order: 'descending' }
      ]
    ]
  }
  {
    name: 'feed_sessions'
    compositeIndexes: []
  }
  {
    name: 'counters'
    compositeIndexes: []
  }
  {
    name: 'ledger'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/at', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/applied', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'scores'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/updatedAt', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'progress'
    compositeIndexes: [
      [
        { path: '/kind', order: 'ascending' }
        { path: '/earnedAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/kind', order: 'ascending' }
        { path: '/earnedAt', order: 'descending' }
      ]
    ]
  }
  {
    name: 'rewards'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/cost', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'redemptions'
    compositeIndexes: [
      [
        { path: '/status', order: 'ascending' }
        { path: '/at', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/at', order: 'descending' }
      ]
      [
        { path: '/memberId', order: 'ascending' }
        { path: '/at', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/memberId', order: 'ascending' }
        { path: '/at', order: 'descending' }
      ]
    ]
  }
  {
    name: 'deliveries'
    compositeIndexes: [
      [
        { path: '/status', order: 'ascending' }
        { path: '/dueAt', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/dueAt', order: 'ascending' }
      ]
      [
        { path: '/campaignId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/campaignId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'campaigns'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/createdAt', order: 'descending' }
      ]
    ]
  }
  {
    name: 'quizzes'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/updatedAt', order: 'descending' }
      ]
      [
        { path: '/status', order: 'ascending' }
        { path: '/scheduledFor', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/scheduledFor', order: 'ascending' }
      ]
      [
        { path: '/status', order: 'ascending' }
        { path: '/sentAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/sentAt', order: 'descending' }
      ]
    ]
  }
  {
    name: 'quiz_answers'
    compositeIndexes: []
  }
  {
    name: 'polls'
    compositeIndexes: [
      [
        { path: '/status', order: 'ascending' }
        { path: '/closesAt', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/status', order: 'ascending' }
        { path: '/closesAt', order: 'ascending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/createdAt', order: 'descending' }
      ]
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/closesAt', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'poll_votes'
    compositeIndexes: [
      [
        { path: '/tenantId', order: 'ascending' }
        { path: '/at', order: 'ascending' }
      ]
    ]
  }
  {
    name: 'system'
    compositeIndexes: []
  }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: throughputMode == 'serverless' ? [{ name: 'EnableServerless' }] : []
    // Entra ID only: account keys and resource tokens are refused.
    disableLocalAuth: true
    // Databases, containers and throughput change only through Azure Resource Manager.
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    enableAutomaticFailover: false
    enableMultipleWriteLocations: false
    enableFreeTier: false
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: throughputMode == 'autoscale' ? { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } } : {}
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: {
          paths: [
            '/pk'
          ]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: {
          automatic: true
          indexingMode: 'consistent'
          includedPaths: [
            { path: '/*' }
          ]
          excludedPaths: [
            { path: '/"_etag"/?' }
          ]
          compositeIndexes: container.compositeIndexes
        }
      }
    }
  }
]

output accountName string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
