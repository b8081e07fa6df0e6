// The REST contract as a Next.js route handler: `createBillingHandler` takes the customer from the
// request (a real host reads its session here) and serves the memory backend for the check.
import { type BillingCustomer, createBillingHandler } from 'subscription-kit/server';
import { createMemoryDataProvider, demoNow, type MemoryDataProvider } from 'subscription-kit/testing';

const backends = new Map<string, MemoryDataProvider>();

const handle = createBillingHandler<BillingCustomer>({
  basePath: '/api/billing',
  authenticate: (request) =>
    request.headers.get('Authorization') === 'Bearer host-check' ? { id: 'host-check' } : null,
  provider: (customer) => {
    const backend = backends.get(customer.id) ?? createMemoryDataProvider({ now: () => demoNow });
    backends.set(customer.id, backend);
    return backend;
  },
  onError: (error) => console.warn('billing handler:', error),
});

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(request);
}

export function POST(request: Request): Promise<Response> {
  return handle(request);
}

export function DELETE(request: Request): Promise<Response> {
  return handle(request);
}
