// The demo backend: the REST contract served by `createBillingHandler` (subscription-kit/server)
// over a backend holding one demo customer (the memory provider by default, or Stripe's provider
// over the Stripe double: `stripe-backend.mjs`), plus a few control endpoints for the end-to-end
// test, the dashboard's "Demo customer" switch and its "Reset demo" (under /api/demo/, outside the
// contract), and, when given a folder, the built dashboard.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createBillingHandler, toNodeListener } from 'subscription-kit/server';
import { DEFAULT_SCENARIO } from './demo-data.mjs';
import { createDemoSessions } from './demo-session.mjs';
import { invoiceLocaleOf, renderInvoicePdf } from './invoice-pdf.mjs';
import { createMemoryBackend } from './memory-backend.mjs';

/** Where the REST contract is mounted; the dashboard's `createHttpDataProvider({ baseUrl })`. */
export const BILLING_PATH = '/api/billing';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ staticDir?: string, latencyMs?: number, log?: (line: string) => void, backend?: object }} [options]
 *   `staticDir`: a built dashboard to serve at `/`; `latencyMs`: how long each memory-backend call
 *   takes, so loading states are visible; `backend`: another backend of the same shape as
 *   `createMemoryBackend`'s (the Stripe one), else the memory backend.
 * @returns {Promise<import('node:http').Server>} not yet listening
 */
export async function createDemoServer({ staticDir, latencyMs = 0, log = () => {}, backend } = {}) {
  const demo = backend ?? (await createMemoryBackend({ latencyMs }));
  const sessions = createDemoSessions({ customerId: () => demo.customerId() });
  const handleBilling = toNodeListener(
    createBillingHandler({
      basePath: BILLING_PATH,
      authenticate: (request) => sessions.authenticate(request),
      // The backend holds the demo's one customer; a real host makes a provider per customer id.
      provider: (customer) => demo.provider(customer),
      onError: (error) => log(`billing: ${error?.stack ?? error}`),
    }),
  );

  /** The control endpoints: reset, inject a fault, read the state. Each one opens a session. */
  async function control(request, response, path) {
    const cookie = sessions.issue(request.headers.cookie);
    const reply = (status, body) =>
      response
        .writeHead(status, {
          'Content-Type': 'application/json',
          ...(cookie ? { 'Set-Cookie': cookie } : {}),
        })
        .end(JSON.stringify(body));
    if (request.method === 'POST' && path === '/api/demo/reset') {
      // `{ scenario }` switches the demo customer; without one, the default customer starts afresh.
      const text = await readBody(request);
      const { scenario = DEFAULT_SCENARIO } = text ? JSON.parse(text) : {};
      if (!demo.scenarios.includes(scenario)) return reply(400, { error: `unknown scenario ${scenario}` });
      await demo.reset(scenario);
      log(`demo data reset: ${scenario}`);
      return reply(200, { ok: true, scenario });
    }
    if (request.method === 'POST' && path === '/api/demo/fault') {
      const text = await readBody(request);
      const { method = 'changePlan', fault = 'payment_declined', times = 1 } = text ? JSON.parse(text) : {};
      if (!demo.fault(method, fault, times)) return reply(400, { error: `unknown method ${method}` });
      log(`fault ${fault} on the next ${times} ${method} call(s)`);
      return reply(200, { ok: true });
    }
    if (request.method === 'POST' && path === '/api/demo/payment-methods/complete') {
      // What the payment service does once the host's own form is submitted (not in the contract).
      const params = JSON.parse((await readBody(request)) || '{}');
      try {
        return reply(200, await demo.completeAddPaymentMethod(params));
      } catch (error) {
        return reply(404, { error: { code: error?.code ?? 'unknown', message: String(error?.message) } });
      }
    }
    if (request.method === 'GET' && path === '/api/demo/state') {
      return reply(200, { ...(await demo.state()), backend: demo.name, scenarios: demo.scenarios });
    }
    return reply(404, { error: 'not found' });
  }

  /** An invoice's PDF, drawn here in the language the client asks for (`Accept-Language`). */
  async function serveInvoicePdf(request, response, invoiceId) {
    const json = (status, body) =>
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    const customer = sessions.customerOf(request.headers.cookie);
    if (customer === null) return json(401, { error: { code: 'unauthorized', message: 'Sign in again.' } });
    let invoice;
    try {
      invoice = await demo.provider(customer).getInvoice({ invoiceId });
    } catch (error) {
      return json(404, { error: { code: error?.code ?? 'unknown', message: String(error?.message) } });
    }
    const pdf = await renderInvoicePdf(invoice, invoiceLocaleOf(request.headers['accept-language']));
    return response
      .writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${invoice.number}.pdf"`,
        'Content-Length': pdf.byteLength,
      })
      .end(Buffer.from(pdf));
  }

  async function readBody(request) {
    let text = '';
    for await (const chunk of request) text += chunk;
    return text;
  }

  async function serveStatic(response, path) {
    const relative = normalize(path).replace(/^([/\\])+/, '');
    if (relative.startsWith(`..${sep}`) || relative === '..') return response.writeHead(404).end();
    const file = join(staticDir, relative);
    try {
      const body = await readFile(relative === '' ? join(staticDir, 'index.html') : file);
      const type = contentTypes[extname(file)] ?? 'text/html; charset=utf-8';
      const cache = relative.startsWith('assets') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return response.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache }).end(body);
    } catch {
      // A client-side route (no extension) gets the app; a missing asset a 404.
      if (extname(relative) !== '') return response.writeHead(404).end();
      const body = await readFile(join(staticDir, 'index.html'));
      return response.writeHead(200, { 'Content-Type': contentTypes['.html'] }).end(body);
    }
  }

  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const done = (promise) =>
      promise.catch((error) => {
        log(`${request.method} ${path} failed: ${error?.stack ?? error}`);
        if (!response.headersSent) response.writeHead(500).end();
      });
    const pdf = request.method === 'GET' && path.match(new RegExp(`^${BILLING_PATH}/invoices/([^/]+)/pdf$`));
    if (pdf && demo.drawsInvoicePdf) return done(serveInvoicePdf(request, response, pdf[1]));
    if (path.startsWith(`${BILLING_PATH}/`)) return done(handleBilling(request, response));
    if (demo.passThrough?.matches(path)) return done(demo.passThrough.serve(request, response));
    if (path.startsWith('/api/demo/')) return done(control(request, response, path));
    if (staticDir && (request.method === 'GET' || request.method === 'HEAD')) {
      return done(serveStatic(response, path));
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
}
