// Guildhall on Azure, deployed into one resource group:
//   Log Analytics + Application Insights, Key Vault (bot client secret), Cosmos DB for NoSQL
//   (Entra ID auth only), a Linux App Service plan + web app running the server, role assignments
//   for the web app's managed identity, and Azure Bot Service with the Microsoft Teams channel.
//
//   az deployment group create --resource-group <rg> --template-file infra/main.bicep \
//     --parameters infra/main.bicepparam
//
// See infra/README.md.

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

@description('Short prefix for resource names: lowercase letters and digits, starting with a letter.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'guildhall'

@description('Region of every resource except Azure Bot Service (global).')
param location string = resourceGroup().location

@description('Application (client) id of the Entra app registration used by the bot (MICROSOFT_APP_ID) and for Teams SSO (AAD_CLIENT_ID).')
@minLength(36)
@maxLength(36)
param entraAppClientId string

@description('Client secret of that app registration (MICROSOFT_APP_PASSWORD). Stored in Key Vault. Pass it from the environment or a pipeline secret, never from a file.')
@secure()
@minLength(1)
param botClientSecret string

@description('Bot app type (MICROSOFT_APP_TYPE). Azure Bot Service creates new bots as SingleTenant.')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param botAppType string = 'SingleTenant'

@description('Tenant of the app registration (MICROSOFT_APP_TENANT_ID). Default: the subscription\'s tenant.')
@minLength(36)
@maxLength(36)
param entraTenantId string = subscription().tenantId

@description('Tenants whose members may use Guildhall (ALLOWED_TENANT_IDS). Empty: the app registration\'s tenant only. [\'*\'] admits any tenant.')
param allowedTenantIds string[] = []

@description('Teams app id (TEAMS_APP_ID): the `id` of the app package manifest.')
@minLength(36)
@maxLength(36)
param teamsAppId string

@description('App Service plan SKU. The server\'s scheduler needs Always On, so Free and Shared are not offered.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
])
param appServiceSkuName string = 'P0v3'

@description('Number of web app instances. The outbox and scheduler coordinate through leases in the store.')
@minValue(1)
@maxValue(30)
param appServiceInstanceCount int = 1

@description('Node.js runtime of the web app (NODE|<version>). Build the deployment package with the same major version.')
@allowed([
  '20-lts'
  '22-lts'
])
param nodeVersion string = '20-lts'

@description('Cosmos DB capacity: serverless (pay per request) or autoscale (shared database throughput). Cannot be switched on an existing account by redeploying.')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosThroughputMode string = 'serverless'

@description('Maximum RU/s of the database when cosmosThroughputMode is autoscale (multiple of 1000).')
@minValue(1000)
@maxValue(1000000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Azure Bot Service SKU.')
@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

@description('Server log level (LOG_LEVEL).')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param logLevel string = 'info'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Tags for every resource.')
param tags object = {
  application: 'guildhall'
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

var prefix = toLower(namePrefix)
// Stable per resource group: redeploying updates the same resources.
var suffix = uniqueString(subscription().id, resourceGroup().id, prefix)
var cosmosDatabaseName = 'guildhall'
var allowedTenants = empty(allowedTenantIds) ? [entraTenantId] : allowedTenantIds

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

module monitoring 'modules/monitoring.bicep' = {
  name: 'guildhall-monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: '${prefix}-logs-${suffix}'
    appInsightsName: '${prefix}-appi-${suffix}'
    retentionInDays: logRetentionInDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'guildhall-keyvault'
  params: {
    location: location
    tags: tags
    name: '${prefix}-kv-${take(suffix, 8)}'
    secretName: 'bot-client-secret'
    secretValue: botClientSecret
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'guildhall-cosmos'
  params: {
    location: location
    tags: tags
    accountName: '${prefix}-cosmos-${suffix}'
    databaseName: cosmosDatabaseName
    throughputMode: cosmosThroughputMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'guildhall-webapp'
  params: {
    location: location
    tags: tags
    planName: '${prefix}-plan-${suffix}'
    siteName: '${prefix}-web-${suffix}'
    skuName: appServiceSkuName
    instanceCount: appServiceInstanceCount
    linuxFxVersion: 'NODE|${nodeVersion}'
    startupCommand: 'node dist/bot/src/index.js'
    healthCheckPath: '/readyz'
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
}

module cosmosRole 'modules/cosmos-role.bicep' = {
  name: 'guildhall-cosmos-role'
  params: {
    accountName: cosmos.outputs.accountName
    principalId: webApp.outputs.principalId
  }
}

module keyVaultRole 'modules/keyvault-role.bicep' = {
  name: 'guildhall-keyvault-role'
  params: {
    keyVaultName: keyVault.outputs.name
    principalId: webApp.outputs.principalId
  }
}

var publicUrl = 'https://${webApp.outputs.defaultHostName}'

// Every variable the server reads is documented in bot/src/config.ts. Not set here, on purpose:
//   PORT          App Service's Node.js image sets PORT (8080) for the process and forwards
//                 HTTPS traffic to it; config.ts reads PORT, so nothing is configured.
//                 (WEBSITES_PORT is for custom containers.)
//   HOST          defaults to 0.0.0.0 when NODE_ENV=production.
//   COSMOS_KEY    empty: the server uses its managed identity (DefaultAzureCredential).
//   AAD_APP_ID_URI defaults to api://<PUBLIC_URL host>/<AAD_CLIENT_ID>, the URI the Entra app
//                 registration must expose (output ssoApplicationIdUri).
module webAppSettings 'modules/webapp-settings.bicep' = {
  name: 'guildhall-webapp-settings'
  dependsOn: [
    cosmosRole
    keyVaultRole
  ]
  params: {
    webAppName: webApp.outputs.name
    settings: {
      NODE_ENV: 'production'
      PUBLIC_URL: publicUrl
      LOG_LEVEL: logLevel
      STORE: 'cosmos'
      COSMOS_ENDPOINT: cosmos.outputs.endpoint
      COSMOS_DATABASE: cosmosDatabaseName
      SEED_DEMO: 'false'
      MICROSOFT_APP_ID: entraAppClientId
      // Versionless reference (trailing slash, as in App Service's documentation): the latest version.
      MICROSOFT_APP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.secretUri}/)'
      MICROSOFT_APP_TYPE: botAppType
      MICROSOFT_APP_TENANT_ID: botAppType == 'SingleTenant' ? entraTenantId : ''
      AAD_CLIENT_ID: entraAppClientId
      ALLOWED_TENANT_IDS: join(allowedTenants, ',')
      TEAMS_APP_ID: teamsAppId
      // Platform settings (not read by config.ts).
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
      ApplicationInsightsAgent_EXTENSION_VERSION: '~3' // Node.js auto-instrumentation on Linux
      SCM_DO_BUILD_DURING_DEPLOYMENT: 'false' // the package is built before upload (README)
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'guildhall-bot'
  params: {
    name: '${prefix}-bot-${suffix}'
    tags: tags
    displayName: 'Guildhall'
    endpoint: '${publicUrl}/api/messages'
    msaAppId: entraAppClientId
    msaAppType: botAppType
    msaAppTenantId: entraTenantId
    sku: botServiceSku
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

@description('Public URL of the server (PUBLIC_URL).')
output webAppUrl string = publicUrl

@description('Bot messaging endpoint registered with Azure Bot Service.')
output botEndpoint string = bot.outputs.endpoint

@description('Cosmos DB account endpoint (COSMOS_ENDPOINT).')
output cosmosEndpoint string = cosmos.outputs.endpoint

@description('Web app name, for deploying the code.')
output webAppName string = webApp.outputs.name

@description('Application ID URI the Entra app registration must expose for Teams SSO.')
output ssoApplicationIdUri string = 'api://${webApp.outputs.defaultHostName}/${entraAppClientId}'

@description('Key Vault that holds the bot client secret.')
output keyVaultName string = keyVault.outputs.name

@description('Azure Bot Service resource name.')
output botName string = bot.outputs.name
