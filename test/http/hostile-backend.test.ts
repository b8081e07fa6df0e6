// @vitest-environment node
// Node's own fetch and http server: redirects are real HTTP answers between two origins here.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpDataProvider } from 'subscription-kit/http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * A backend that misbehaves on purpose: it redirects calls to another origin, asks to slow down in
 * both forms of Retry-After, and answers reads never. The HTTP provider must not carry the host's
 * headers or a write elsewhere, must report how long to wait, and must give every read a deadline.
 */

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

interface Origin {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

async function serve(answer: (path: string, response: ServerResponse) => void): Promise<Origin> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    request.resume();
    request.on('end', () => answer(request.url ?? '/', response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let elsewhere: Origin;
let backend: Origin;
/** Where the backend sends each path: a Location, or `null` to answer the catalog. */
const redirects = new Map<string, string>();

beforeAll(async () => {
  elsewhere = await serve((_, response) => response.writeHead(200).end('[]'));
  backend = await serve((path, response) => {
    const location = redirects.get(path);
    if (location) response.writeHead(307, { Location: location }).end();
    else response.writeHead(200, { 'Content-Type': 'application/json' }).end('[]');
  });
});

afterAll(async () => {
  await Promise.all([elsewhere.close(), backend.close()]);
});

afterEach(() => {
  redirects.clear();
  backend.seen.length = 0;
  elsewhere.seen.length = 0;
  vi.useRealTimers();
});

function providerWithHostHeaders() {
  return createHttpDataProvider({
    baseUrl: `${backend.url}/billing`,
    headers: { Authorization: 'Bearer host-secret', 'X-Tenant': 'acme' },
  });
}

describe('given a backend that redirects a plan change to another origin', () => {
  it('rejects with a redirect error and sends nothing there: no headers, no idempotency key', async () => {
    redirects.set('/billing/subscription/change', `${elsewhere.url}/collect`);
    const change = providerWithHostHeaders().changePlan({
      planId: 'ecommerce-scale',
      interval: 'month',
      expectedAmountDue: { amount: 30000, currency: 'EUR' },
      idempotencyKey: 'intent-1',
    });
    await expect(change).rejects.toMatchObject({
      name: 'BillingError',
      code: 'invalid_response',
      details: { reason: 'redirect', status: 307, method: 'changePlan' },
    });
    expect(elsewhere.seen).toEqual([]);
  });
});

describe('given a backend that redirects a write within its own origin', () => {
  it('follows no redirect of a write: the change is sent once, to the contract’s path', async () => {
    redirects.set('/billing/subscription/change', '/billing/elsewhere/change');
    const change = providerWithHostHeaders().changePlan({
      planId: 'ecommerce-scale',
      interval: 'month',
      expectedAmountDue: { amount: 30000, currency: 'EUR' },
      idempotencyKey: 'intent-2',
    });
    await expect(change).rejects.toMatchObject({ code: 'invalid_response', details: { reason: 'redirect' } });
    expect(backend.seen.map((request) => request.url)).toEqual(['/billing/subscription/change']);
  });
});

describe('given a backend that redirects a read', () => {
  it('refuses a redirect to another origin without calling it', async () => {
    redirects.set('/billing/catalog', `${elsewhere.url}/catalog`);
    await expect(providerWithHostHeaders().getCatalog({})).rejects.toMatchObject({
      code: 'invalid_response',
      retryable: false,
      details: { reason: 'redirect', status: 307, method: 'getCatalog' },
    });
    expect(elsewhere.seen).toEqual([]);
  });

  it('follows a redirect within the backend’s origin, with the host’s headers', async () => {
    redirects.set('/billing/catalog', '/billing/v2/catalog');
    await expect(providerWithHostHeaders().getCatalog({})).resolves.toEqual([]);
    expect(backend.seen.map((request) => request.url)).toEqual(['/billing/catalog', '/billing/v2/catalog']);
    expect(backend.seen[1]?.headers.authorization).toBe('Bearer host-secret');
  });

  it('gives up on a redirect loop', async () => {
    redirects.set('/billing/catalog', '/billing/catalog');
    await expect(providerWithHostHeaders().getCatalog({})).rejects.toMatchObject({
      code: 'invalid_response',
      details: { reason: 'redirect' },
    });
    expect(backend.seen.length).toBeLessThanOrEqual(6);
  });
});

describe('given a redirect a browser hides (an opaque redirect answer)', () => {
  it('rejects with a redirect error', async () => {
    const opaque = Object.defineProperties(new Response(null, { status: 200 }), {
      type: { value: 'opaqueredirect' },
      status: { value: 0 },
      ok: { value: false },
    });
    const provider = createHttpDataProvider({ baseUrl: '/api/billing', fetch: async () => opaque });
    await expect(provider.getCatalog({})).rejects.toMatchObject({
      code: 'invalid_response',
      details: { reason: 'redirect' },
    });
  });
});

function rateLimited(retryAfter: string, now?: () => number) {
  return createHttpDataProvider({
    baseUrl: 'https://billing.example.com',
    fetch: async () => new Response('', { status: 429, headers: { 'Retry-After': retryAfter } }),
    now,
  });
}

describe('given a 429 with Retry-After', () => {
  it('reports the seconds as details.retryAfterSeconds', async () => {
    await expect(rateLimited('30').getCatalog({})).rejects.toMatchObject({
      code: 'rate_limited',
      details: { retryAfterSeconds: 30 },
    });
  });

  it('reports an HTTP date as the seconds from the provider’s clock to that date', async () => {
    const now = () => Date.parse('2026-03-16T12:00:00Z');
    await expect(rateLimited('Mon, 16 Mar 2026 12:01:30 GMT', now).getCatalog({})).rejects.toMatchObject({
      code: 'rate_limited',
      details: { retryAfterSeconds: 90 },
    });
  });

  it('rounds a date part of a second away up, and reports a date already past as 0', async () => {
    const now = () => Date.parse('2026-03-16T12:00:00.400Z');
    await expect(rateLimited('Mon, 16 Mar 2026 12:00:05 GMT', now).getCatalog({})).rejects.toMatchObject({
      details: { retryAfterSeconds: 5 },
    });
    await expect(rateLimited('Mon, 16 Mar 2026 11:00:00 GMT', now).getCatalog({})).rejects.toMatchObject({
      details: { retryAfterSeconds: 0 },
    });
  });

  it('reads the date against Date.now by default', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-16T12:00:00Z'), toFake: ['Date'] });
    await expect(rateLimited('Mon, 16 Mar 2026 12:00:45 GMT').getCatalog({})).rejects.toMatchObject({
      details: { retryAfterSeconds: 45 },
    });
  });

  it.each(['soon', '-5', '1.5', ''])(
    'leaves out a value that is neither seconds nor a date: %j',
    async (value) => {
      const error = await rateLimited(value)
        .getCatalog({})
        .catch((reason: unknown) => reason);
      expect(error).toMatchObject({ code: 'rate_limited' });
      expect((error as { details: Record<string, unknown> }).details).not.toHaveProperty('retryAfterSeconds');
    },
  );
});

/** A fetch that never answers, but rejects with the abort reason as `fetch` does. */
const hanging: typeof fetch = (_, init) =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
  );
/** A fetch that never answers and ignores its signal, as a broken polyfill or a hostile wrapper may. */
const deaf: typeof fetch = () => new Promise<Response>(() => undefined);
const neverAnswering = [
  ['a fetch that honours the abort', hanging],
  ['a fetch that ignores the abort', deaf],
] as const;

describe('given reads that never settle', () => {
  it('gives every read a deadline by default: a retryable network error after 15 s', async () => {
    vi.useFakeTimers();
    const read = createHttpDataProvider({ baseUrl: 'https://billing.example.com', fetch: deaf }).getCatalog(
      {},
    );
    const settled = read.catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(14_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled).toMatchObject({
      code: 'network',
      retryable: true,
      details: { reason: 'timeout', timeoutMs: 15_000 },
    });
  });

  it.each(neverAnswering)(
    'ends the read at timeoutMs with a retryable network error, with %s',
    async (_, fetch) => {
      const provider = createHttpDataProvider({
        baseUrl: 'https://billing.example.com',
        fetch,
        timeoutMs: 20,
      });
      await expect(provider.getAccount({})).rejects.toMatchObject({
        code: 'network',
        retryable: true,
        details: { reason: 'timeout', timeoutMs: 20 },
      });
    },
  );

  it('ends the read at the deadline when the body never ends', async () => {
    const endless = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new Uint8Array([91])),
    });
    const provider = createHttpDataProvider({
      baseUrl: 'https://billing.example.com',
      fetch: async () => new Response(endless, { headers: { 'Content-Type': 'application/json' } }),
      timeoutMs: 20,
    });
    await expect(provider.getSubscription({})).rejects.toMatchObject({ details: { reason: 'timeout' } });
  });

  it('counts the host’s headers function in the deadline', async () => {
    const provider = createHttpDataProvider({
      baseUrl: 'https://billing.example.com',
      headers: () => new Promise<HeadersInit>(() => undefined),
      fetch: async () => Response.json([]),
      timeoutMs: 20,
    });
    await expect(provider.getCatalog({})).rejects.toMatchObject({ details: { reason: 'timeout' } });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'keeps the default deadline when timeoutMs is %s',
    async (timeoutMs) => {
      vi.useFakeTimers();
      const read = createHttpDataProvider({ baseUrl: 'https://billing.example.com', fetch: deaf, timeoutMs })
        .getCatalog({})
        .catch((reason: unknown) => reason);
      let settled = false;
      void read.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(14_000);
      expect(settled).toBe(true);
      expect(await read).toMatchObject({ details: { reason: 'timeout', timeoutMs: 15_000 } });
    },
  );

  it.each(neverAnswering)(
    'rejects with the AbortError when the caller cancels, with %s',
    async (_, fetch) => {
      const provider = createHttpDataProvider({ baseUrl: 'https://billing.example.com', fetch });
      const controller = new AbortController();
      const read = provider.getCatalog({ signal: controller.signal });
      controller.abort();
      await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    },
  );
});
