import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import Stripe from 'stripe';

import { advanceBilling } from './billing-cycle.ts';
import { createClock } from './clock.ts';
import { presetFailures, StripeDoubleError, type StripeErrorBody } from './errors.ts';
import { expandResponse } from './expand.ts';
import { decodeForm, texts } from './form.ts';
import { createIdempotencyStore } from './idempotency.ts';
import { servePage } from './pages.ts';
import { dispatch } from './router.ts';
import { routes } from './routes.ts';
import { type Context, createIdSource, createState, type StripeDoubleState } from './state.ts';

export type { StripeErrorBody } from './errors.ts';
export type { RecordedMeterEvent, StripeDoubleState } from './state.ts';

/** One injected failure: the next request matching `method` and `path` gets `error`. */
export interface InjectedFailure {
  method?: 'GET' | 'POST' | 'DELETE';
  /** A path prefix (`/v1/subscriptions`) or a pattern; any path when absent. */
  path?: string | RegExp;
  error: keyof typeof presetFailures | { status: number; body: StripeErrorBody };
}

export interface StripeDoubleOptions {
  /** The double's time in Unix seconds until `setNow` pins it. @default the system clock */
  now?: () => number;
  /**
   * The origin invoice pages (`invoice_pdf`, `hosted_invoice_url`) are given under, e.g. an https
   * origin proxying to the double: the components follow `https:` links only, as Stripe's are. A
   * path prefix (`/stripe-double`) gives same-origin paths, for a host serving the pages itself.
   * @default the double's own `http://127.0.0.1:<port>`
   */
  pagesOrigin?: string;
}

export interface StripeDouble {
  /** The official SDK, pointed at the double. */
  stripe: Stripe;
  port: number;
  origin: string;
  state: StripeDoubleState;
  now(): number;
  /** Moves the double's time; renewals and schedule phases up to it happen at once. */
  setNow(seconds: number): void;
  fail(next: InjectedFailure): void;
  close(): Promise<void>;
}

/** Starts a stateful Stripe double on 127.0.0.1 at a free port. */
export async function startStripeDouble(options: StripeDoubleOptions = {}): Promise<StripeDouble> {
  const clock = createClock(options.now ?? (() => Date.now() / 1000));
  const state = createState();
  const newId = createIdSource();
  const idempotency = createIdempotencyStore();
  const failures: InjectedFailure[] = [];
  let origin = '';
  const contextNow = (): Context => ({
    state,
    now: clock.now(),
    origin: options.pagesOrigin ?? origin,
    newId,
  });

  const server = createServer((request, response) => {
    readBody(request)
      .then((body) => {
        const context = contextNow();
        advanceBilling(context);
        serve({ context, request, body, failures, idempotency }, response);
      })
      .catch((error: unknown) => send(response, 500, errorJson(unexpected(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    stripe: new Stripe('sk_test_double', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 }),
    port,
    origin,
    state,
    now: clock.now,
    setNow(seconds) {
      clock.set(seconds);
      advanceBilling(contextNow());
    },
    fail(next) {
      failures.push(next);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Exchange {
  context: Context;
  request: IncomingMessage;
  body: string;
  failures: InjectedFailure[];
  idempotency: ReturnType<typeof createIdempotencyStore>;
}

function serve(exchange: Exchange, response: ServerResponse): void {
  const { context, request, body } = exchange;
  const method = request.method ?? 'GET';
  // Only the path and query are read: `pagesOrigin` may be a path prefix, no base for a URL.
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  context.state.requests.push(`${method} ${url.pathname}`);
  const page = servePage(context, method, url, body);
  if (page !== undefined) {
    response.writeHead(page.status, page.headers).end(page.body);
    return;
  }
  const key = method === 'POST' ? headerText(request, 'idempotency-key') : undefined;
  const fingerprint = `${method} ${url.pathname} ${body}`;
  let saved = false;
  try {
    takeFailure(exchange.failures, method, url.pathname);
    if (!headerText(request, 'authorization')?.startsWith('Bearer sk_test_')) {
      throw new StripeDoubleError(401, {
        type: 'invalid_request_error',
        message: 'Invalid API Key provided.',
      });
    }
    if (key !== undefined) {
      const previous = exchange.idempotency.lookup(key, fingerprint);
      if (previous.kind === 'replay') {
        send(response, previous.status, previous.body, { 'Idempotent-Replayed': 'true' });
        return;
      }
    }
    const params = decodeForm(method === 'POST' ? body : url.search.slice(1));
    const expand = texts(params, 'expand');
    delete params.expand;
    const result = dispatch(routes, context, method, url.pathname, params);
    const json = JSON.stringify(expandResponse(context, structuredClone(result), expand));
    saved = true;
    if (key !== undefined) exchange.idempotency.save(key, fingerprint, 200, json);
    send(response, 200, json);
  } catch (error) {
    const failure = error instanceof StripeDoubleError ? error : unexpected(error);
    const json = errorJson(failure);
    // As at Stripe, a request that began executing keeps its result, a card error included.
    if (key !== undefined && !saved && failure.status === 402)
      exchange.idempotency.save(key, fingerprint, 402, json);
    send(response, failure.status, json);
  }
}

function takeFailure(failures: InjectedFailure[], method: string, path: string): void {
  const index = failures.findIndex(
    (failure) =>
      (failure.method === undefined || failure.method === method) &&
      (failure.path === undefined ||
        (typeof failure.path === 'string' ? path.startsWith(failure.path) : failure.path.test(path))),
  );
  if (index < 0) return;
  const [failure] = failures.splice(index, 1);
  const error = failure?.error ?? 'api_error';
  const { status, body } = typeof error === 'string' ? presetFailures[error] : error;
  throw new StripeDoubleError(status, body as StripeErrorBody);
}

function unexpected(error: unknown): StripeDoubleError {
  const message = error instanceof Error ? error.message : String(error);
  return new StripeDoubleError(500, { type: 'api_error', message: `Stripe double failure: ${message}` });
}

function errorJson(error: StripeDoubleError): string {
  return JSON.stringify({ error: error.body });
}

function headerText(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

let requestSequence = 0;

function send(response: ServerResponse, status: number, json: string, headers: Record<string, string> = {}) {
  requestSequence += 1;
  response
    .writeHead(status, {
      'Content-Type': 'application/json',
      'Request-Id': `req_double${requestSequence}`,
      'Stripe-Version': Stripe.API_VERSION,
      ...headers,
    })
    .end(json);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
