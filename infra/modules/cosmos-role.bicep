// Cosmos DB data-plane role assignment: the built-in "Cosmos DB Built-in Data Contributor" role
// (read and write items, run queries, read metadata) on the whole account, for one principal
// (the web app's system-assigned identity).

@description('Cosmos DB account name.')
param accountName string

@description('Object (principal) id that gets the role.')
param principalId string

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {
  name: accountName
}

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' existing = {
  parent: account
  name: '00000000-0000-0000-0000-000000000002'
}

resource assignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, principalId, dataContributor.id)
  properties: {
    roleDefinitionId: dataContributor.id
    principalId: principalId
    scope: account.id
  }
}
