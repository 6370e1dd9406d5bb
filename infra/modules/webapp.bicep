// Linux App Service plan and the web app that runs the one Guildhall server process
// (bot at /api/messages, REST API at /api/v1, tab at /tab/, health at /healthz and /readyz).
//
// The app settings are not set here but in webapp-settings.bicep, once the app's identity has been
// granted access to Key Vault and Cosmos DB: the Key Vault reference then resolves on the first
// start, and the settings can name this app's own host name (PUBLIC_URL).

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('App Service plan name.')
param planName string

@description('Web app name (globally unique: it is the first label of <name>.azurewebsites.net).')
@minLength(2)
@maxLength(60)
param siteName string

@description('App Service plan SKU. Always On needs Basic or above.')
param skuName string = 'P0v3'

@description('Number of instances.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Runtime stack, e.g. NODE|20-lts.')
param linuxFxVersion string = 'NODE|20-lts'

@description('Start-up command, run in /home/site/wwwroot.')
param startupCommand string = 'node dist/bot/src/index.js'

@description('Path App Service probes on each instance; unhealthy instances are taken out of rotation.')
param healthCheckPath string = '/readyz'

@description('Log Analytics workspace that receives the app\'s console and HTTP logs.')
param logAnalyticsWorkspaceId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: startupCommand
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: healthCheckPath
      webSocketsEnabled: false
    }
  }
}

// FTP is off (ftpsState); refuse FTP basic-auth credentials as well.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

// stdout (pino's JSON lines), HTTP access logs and platform events go to Log Analytics.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
