import type { AddressInfo } from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** An in-process Cosmos DB emulator (@vercel/cosmosdb-server) spoken to over real HTTP by the real SDK. */
export interface CosmosEmulator {
  endpoint: string;
  client(): CosmosClient;
  stop(): Promise<void>;
}

/** Starts the emulator on a free loopback port. */
export async function startCosmosEmulator(): Promise<CosmosEmulator> {
  const server = createHttpServer({ keepAlive: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: CosmosClient[] = [];
  return {
    endpoint,
    client() {
      const client = new CosmosClient({
        endpoint,
        key: 'emulator-ignores-the-key',
        // The emulator advertises an https endpoint in its account document; discovery would switch to it.
        connectionPolicy: { enableEndpointDiscovery: false },
      });
      clients.push(client);
      return client;
    },
    async stop() {
      for (const c of clients) c.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
