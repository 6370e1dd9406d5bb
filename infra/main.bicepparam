// Example parameters for infra/main.bicep. Replace the placeholder ids with your own.
// No secret belongs in this file: botClientSecret is read from the GUILDHALL_BOT_CLIENT_SECRET
// environment variable when the file is compiled (export it, or map a pipeline secret to it), or
// given on the command line after this file: --parameters infra/main.bicepparam botClientSecret=...
using './main.bicep'

param namePrefix = 'guildhall'

// Region: the resource group's region unless set here.
// param location = 'westeurope'

// Entra app registration used by the bot and for Teams SSO (Application (client) ID).
param entraAppClientId = '00000000-0000-0000-0000-000000000000'

// Directory (tenant) ID of that app registration.
param entraTenantId = '00000000-0000-0000-0000-000000000000'

param botAppType = 'SingleTenant'

// Tenants whose members may use Guildhall; empty means entraTenantId only.
param allowedTenantIds = []

// The `id` of the Teams app manifest (appPackage/manifest.json).
param teamsAppId = '00000000-0000-0000-0000-000000000000'

param appServiceSkuName = 'P0v3'
param appServiceInstanceCount = 1
param nodeVersion = '20-lts'

// 'serverless', or 'autoscale' with a maximum in RU/s.
param cosmosThroughputMode = 'serverless'
param cosmosAutoscaleMaxThroughput = 1000

param botServiceSku = 'F0'
param logLevel = 'info'

param botClientSecret = readEnvironmentVariable('GUILDHALL_BOT_CLIENT_SECRET', '')
