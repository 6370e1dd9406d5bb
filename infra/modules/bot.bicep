// Azure Bot Service registration (kind azurebot) pointing at the web app's /api/messages, with the
// Microsoft Teams channel enabled. Bot Service is a global resource.

@description('Bot resource name (globally unique handle): 2-64 letters, digits, _ . -')
@minLength(2)
@maxLength(64)
param name string

@description('Tags for every resource.')
param tags object

@description('Display name of the bot.')
param displayName string = 'Guildhall'

@description('Messaging endpoint: https://<web app host>/api/messages.')
param endpoint string

@description('Application (client) id of the bot\'s Entra app registration.')
param msaAppId string

@description('SingleTenant (the default for new bots) or MultiTenant.')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param msaAppType string = 'SingleTenant'

@description('Tenant of the app registration; used with SingleTenant.')
param msaAppTenantId string

@description('F0 (free) or S1 (standard). Messages on the Teams channel are not metered.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: msaAppId
    msaAppType: msaAppType
    msaAppTenantId: msaAppType == 'SingleTenant' ? msaAppTenantId : ''
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
