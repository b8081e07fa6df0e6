import { createHttpDataProvider } from 'subscription-kit/http';
import {
  type BillingCustomer,
  type BillingHandler,
  type BillingHandlerOptions,
  createBillingHandler,
} from 'subscription-kit/server';
import {
  type BillingDataProvider,
  createDemoBillingData,
  createMemoryDataProvider,
  type DemoAccountName,
  demoNow,
  type MemoryDataProvider,
} from 'subscription-kit/testing';

/*
 * A billing server for tests: the memory backend holding one provider per customer, behind
 * `createBillingHandler`, whose `authenticate` reads a bearer token naming the customer.
 */

export const BASE_URL = 'https://app.example/api/billing';

/** A memory backend for one demo account; `prefix` renames its invoice and payment-method ids. */
export function createCustomerBackend(account: DemoAccountName, prefix = ''): MemoryDataProvider {
  const data = createDemoBillingData({ account });
  data.invoices = data.invoices.map((invoice) => ({ ...invoice, id: `${prefix}${invoice.id}` }));
  data.paymentMethods = data.paymentMethods.map((method) => ({ ...method, id: `${prefix}${method.id}` }));
  return createMemoryDataProvider({ data, now: () => demoNow });
}

/** The handler over `backends` (customer id → provider), signed in by `Authorization: Bearer <id>`. */
export function createTestHandler(
  backends: Record<string, BillingDataProvider>,
  options: Partial<BillingHandlerOptions> = {},
): BillingHandler {
  return createBillingHandler<BillingCustomer>({
    basePath: '/api/billing',
    authenticate: (request) => {
      const id = /^Bearer (\w+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
      return id !== undefined && Object.hasOwn(backends, id) ? { id } : null;
    },
    provider: (customer) => backends[customer.id] as BillingDataProvider,
    ...options,
  });
}

/** The HTTP provider signed in as `customerId`, speaking to `handler` over `fetch` without a socket. */
export function httpProviderFor(handler: BillingHandler, customerId: string): BillingDataProvider {
  return createHttpDataProvider({
    baseUrl: BASE_URL,
    headers: { Authorization: `Bearer ${customerId}` },
    fetch: (input, init) => handler(new Request(input, init)),
  });
}

let requestCount = 0;

/** A request to the handler as a browser page on the same origin would send it. */
export function billingRequest(
  path: string,
  init: RequestInit & { customer?: string | null; json?: unknown } = {},
): Request {
  const { customer = 'a', json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (customer !== null) headers.set('Authorization', `Bearer ${customer}`);
  const write = rest.method !== undefined && rest.method !== 'GET';
  if (write && !headers.has('Subscription-Kit-Request')) headers.set('Subscription-Kit-Request', '1');
  if (write && !headers.has('Idempotency-Key')) {
    requestCount += 1;
    headers.set('Idempotency-Key', `key-${requestCount}`);
  }
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  return new Request(`${BASE_URL}${path}`, {
    ...rest,
    headers,
    body: json === undefined ? (rest.body ?? null) : JSON.stringify(json),
  });
}
