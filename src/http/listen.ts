import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import type { Config } from '../config';

/**
 * Listens with limits suited to an API: headers within HEADERS_TIMEOUT_MS, the
 * whole request within REQUEST_TIMEOUT_MS (a slow or stalled body is cut off),
 * idle keep-alive sockets closed after KEEP_ALIVE_TIMEOUT_MS, at most
 * MAX_CONNECTIONS sockets, and at most MAX_CONNECTIONS_PER_CLIENT from one
 * address, so one client holding sockets open cannot lock the others out.
 */
export function listen(app: Express, config: Pick<Config, 'port' | 'host' | 'connections'>): Promise<Server> {
  const { connections: c } = config;
  return new Promise((resolve, reject) => {
    const server = createServer(
      {
        headersTimeout: c.headersTimeoutMs,
        requestTimeout: c.requestTimeoutMs,
        keepAliveTimeout: c.keepAliveTimeoutMs,
        // Node checks those timeouts every 30 s by default: a slow client would hold its socket that much longer.
        connectionsCheckingInterval: Math.min(1_000, c.headersTimeoutMs),
      },
      app,
    );
    server.maxConnections = c.max;
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve(server));
    const perClient = new Map<string, number>();
    server.on('connection', (socket) => {
      const address = socket.remoteAddress ?? '';
      const open = (perClient.get(address) ?? 0) + 1;
      if (open > c.perClient) {
        socket.destroy();
        return;
      }
      perClient.set(address, open);
      socket.once('close', () => {
        const left = (perClient.get(address) ?? 1) - 1;
        if (left > 0) perClient.set(address, left);
        else perClient.delete(address);
      });
    });
  });
}
