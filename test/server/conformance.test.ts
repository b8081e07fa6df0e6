// @vitest-environment node
// Node's own fetch, Request, Blob and http server; jsdom's would mix two Blob and AbortSignal realms.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpDataProvider } from 'subscription-kit/http';
import { toNodeListener } from 'subscription-kit/server';
import {
  type BillingDataProvider,
  type DataProviderContractOptions,
  describeDataProviderContract,
} from 'subscription-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKitBackend } from '../support/kit-backend';
import { createTestHandler, httpProviderFor } from './support/billing-server';

/*
 * The HTTP provider and the server handler together pass the conformance kit: once over `fetch`
 * straight into the handler, once over node:http on 127.0.0.1 through `toNodeListener`.
 */

const kitOptions: DataProviderContractOptions = { describe, it };

describeDataProviderContract(
  'the HTTP provider over fetch into createBillingHandler',
  () => httpProviderFor(createTestHandler({ a: createKitBackend() }), 'a'),
  kitOptions,
);

describe('given the handler behind node:http', () => {
  let backend = createKitBackend();
  let server: Server;
  let baseUrl = '';
  const handler = createTestHandler({
    get a() {
      return backend;
    },
  });

  beforeAll(async () => {
    server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/billing`;
  });

  afterAll(
    () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  );

  function overSocket(customer: string): BillingDataProvider {
    return createHttpDataProvider({ baseUrl, headers: { Authorization: `Bearer ${customer}` } });
  }

  describeDataProviderContract(
    'the HTTP provider over node:http into createBillingHandler',
    () => {
      backend = createKitBackend();
      return overSocket('a');
    },
    kitOptions,
  );

  it('answers 401 to a request without a customer', async () => {
    await expect(overSocket('nobody').getCatalog({})).rejects.toMatchObject({
      code: 'unauthorized',
      details: { status: 401 },
    });
  });

  it('answers 413 to a streamed body over the limit, without reading all of it', async () => {
    const response = await fetch(`${baseUrl}/sales-enquiries`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer a',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'big',
        'Subscription-Kit-Request': '1',
      },
      body: JSON.stringify({ message: 'x'.repeat(100_000) }),
    });

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { code: 'unknown', details: { reason: 'body_too_large' } },
    });
  });
});
