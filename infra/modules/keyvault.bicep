// Key Vault (Azure RBAC authorization, soft delete, purge protection) holding the bot's client
// secret. The web app reads it through a Key Vault reference in its app settings
// (@Microsoft.KeyVault(SecretUri=...)) with its system-assigned identity, which is granted
// "Key Vault Secrets User" in keyvault-role.bicep.

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Vault name: 3-24 characters, letters, digits and single hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Name of the secret that holds the bot client secret.')
param secretName string = 'bot-client-secret'

@description('The bot (Entra app) client secret.')
@secure()
param secretValue string

@description('Days a deleted vault or secret can be recovered. Fixed once the vault exists.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Once on, purge protection cannot be turned off.
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretName
  properties: {
    value: secretValue
    contentType: 'text/plain'
    attributes: {
      enabled: true
    }
  }
}

output name string = vault.name
output id string = vault.id
// Versionless URI (no secret value): the Key Vault reference follows the latest version.
#disable-next-line outputs-should-not-contain-secrets
output secretUri string = secret.properties.secretUri
