import * as restify from 'restify';

/** A bare restify server: one route answering a small JSON body, nothing else. */
export interface BaselineServer {
  port: number;
  path: string;
  close(): Promise<void>;
}

/**
 * The baseline every HTTP benchmark is compared with: the same restify version as Guildhall, on the
 * same machine and in the same process, with no plugins, logging or store. The ratio of an
 * endpoint's throughput to this one says how much of the server's capacity the endpoint's own work
 * takes, independently of how fast the machine is.
 */
export async function startBaselineServer(): Promise<BaselineServer> {
  const server = restify.createServer({ name: 'baseline', handleUncaughtExceptions: false });
  const path = '/baseline';
  server.get(path, (_req, res, next) => {
    res.send(200, { status: 'ok', items: [] });
    next();
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
