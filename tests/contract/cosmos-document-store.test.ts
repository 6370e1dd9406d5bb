import { CosmosClient } from '@azure/cosmos';
import { CosmosDocumentStore } from '../../bot/src/store/cosmos/cosmos-document-store';
import { startCosmosEmulator } from '../support/cosmos-emulator';
import { contractContainer, describeDocumentStoreContract } from './document-store.contract';

// The real @azure/cosmos SDK over HTTP against the in-process emulator.
describeDocumentStoreContract('Cosmos DB (in-process emulator)', async () => {
  const emulator = await startCosmosEmulator();
  const store = await CosmosDocumentStore.connect({
    client: emulator.client(),
    databaseId: 'contract',
    containers: [contractContainer],
  });
  return {
    store,
    close: async () => {
      await store.close();
      await emulator.stop();
    },
  };
});

// And against a real Azure Cosmos DB account when one is configured for the run.
const endpoint = process.env['COSMOS_TEST_ENDPOINT'];
const key = process.env['COSMOS_TEST_KEY'];
if (endpoint && key) {
  describeDocumentStoreContract('Azure Cosmos DB account', async () => {
    const client = new CosmosClient({ endpoint, key });
    const databaseId = `guildhall-contract-${Date.now()}`;
    const store = await CosmosDocumentStore.connect({ client, databaseId, containers: [contractContainer] });
    return {
      store,
      close: async () => {
        await client.database(databaseId).delete();
        await store.close();
      },
    };
  });
}
