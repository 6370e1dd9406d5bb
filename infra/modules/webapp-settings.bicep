// The web app's app settings: the environment of the server process (see bot/src/config.ts).
// Deployed after the role assignments so that the Key Vault reference resolves when the app
// restarts with these settings. This resource replaces the whole set of app settings.

@description('Web app name.')
param webAppName string

@description('App settings, name to value. Values are strings.')
param settings object

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: webAppName
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
