import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BillingDataProvider, createRestHandler } from 'subscription-kit/testing';
import { serveWithHandler } from '../../../examples/server/node-adapter.mjs';

/*
 * The REST contract (docs/rest-contract.openapi.yaml) served on 127.0.0.1 by `createRestHandler`
 * over any provider: the HTTP provider's tests run against it.
 */

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export interface DataProviderServer {
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** Serves `getProvider()` (read on every request, so a test can swap in fresh data) on 127.0.0.1. */
export async function serveDataProvider(getProvider: () => BillingDataProvider): Promise<DataProviderServer> {
  const requests: ReceivedRequest[] = [];
  const handle = createRestHandler(getProvider, { basePath: '/billing' });
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    void serveWithHandler(handle, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/billing`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
