// The demo backend: the REST contract over the memory provider with the demo customer, plus a few
// control endpoints for the end-to-end test, the dashboard's "Demo customer" switch and its "Reset
// demo" (under /api/demo/), and,
// when given a folder, the built dashboard.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createMemoryDataProvider, createRestHandler } from 'subscription-kit/testing';
import { DEFAULT_SCENARIO, demoClock, demoScenarios } from './demo-data.mjs';
import { invoiceLocaleOf, renderInvoicePdf } from './invoice-pdf.mjs';
import { serveWithHandler } from './node-adapter.mjs';

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
 * @param {{ staticDir?: string, latencyMs?: number, log?: (line: string) => void }} [options]
 *   `staticDir`: a built dashboard to serve at `/`; `latencyMs`: how long each billing call takes
 *   (the memory provider's `delay`), so loading states are visible.
 * @returns {Promise<import('node:http').Server>} not yet listening
 */
export async function createDemoServer({ staticDir, latencyMs = 0, log = () => {} } = {}) {
  /** Each scenario's data, built once on first use (the memory provider copies it). */
  const snapshots = new Map();
  async function freshProvider(name) {
    const scenario = demoScenarios[name];
    if (!snapshots.has(name)) snapshots.set(name, await scenario.data());
    const fresh = createMemoryDataProvider({ data: snapshots.get(name), now: demoClock, delay: latencyMs });
    for (const [method, fault] of Object.entries(scenario.faults ?? {})) fresh.setFault(method, fault);
    return fresh;
  }
  let scenarioName = DEFAULT_SCENARIO;
  let provider = await freshProvider(scenarioName);
  // Read on every request, so a reset swaps the whole backend.
  const handleBilling = createRestHandler(() => provider, { basePath: BILLING_PATH });

  /** The control endpoints: reset, inject a fault, read the state. */
  async function control(request, response, path) {
    const reply = (status, body) =>
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (request.method === 'POST' && path === '/api/demo/reset') {
      // `{ scenario }` switches the demo customer; without one, the default customer starts afresh.
      const text = await readBody(request);
      const { scenario = DEFAULT_SCENARIO } = text ? JSON.parse(text) : {};
      if (!Object.hasOwn(demoScenarios, scenario))
        return reply(400, { error: `unknown scenario ${scenario}` });
      provider = await freshProvider(scenario);
      scenarioName = scenario;
      log(`demo data reset: ${scenario}`);
      return reply(200, { ok: true, scenario });
    }
    if (request.method === 'POST' && path === '/api/demo/fault') {
      const text = await readBody(request);
      const { method = 'changePlan', fault = 'payment_declined', times = 1 } = text ? JSON.parse(text) : {};
      if (typeof provider[method] !== 'function') return reply(400, { error: `unknown method ${method}` });
      provider.setFault(method, fault === null ? null : { fault, times });
      log(`fault ${fault} on the next ${times} ${method} call(s)`);
      return reply(200, { ok: true });
    }
    if (request.method === 'POST' && path === '/api/demo/payment-methods/complete') {
      // What the payment service does once the host's own form is submitted (not in the contract).
      const params = JSON.parse((await readBody(request)) || '{}');
      try {
        return reply(200, await provider.completeAddPaymentMethod(params));
      } catch (error) {
        return reply(404, { error: { code: error?.code ?? 'unknown', message: String(error?.message) } });
      }
    }
    if (request.method === 'GET' && path === '/api/demo/state') {
      const { subscription, invoices, paymentMethods, customer } = provider.getData();
      return reply(200, {
        scenario: scenarioName,
        scenarios: Object.keys(demoScenarios),
        customer,
        subscription,
        invoiceCount: invoices.length,
        paymentMethods,
        calls: provider.calls,
      });
    }
    return reply(404, { error: 'not found' });
  }

  /** An invoice's PDF, drawn here in the language the client asks for (`Accept-Language`). */
  async function serveInvoicePdf(request, response, invoiceId) {
    let invoice;
    try {
      invoice = await provider.getInvoice({ invoiceId });
    } catch (error) {
      const body = { error: { code: error?.code ?? 'unknown', message: String(error?.message) } };
      return response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
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
    if (pdf) return done(serveInvoicePdf(request, response, pdf[1]));
    if (path.startsWith(`${BILLING_PATH}/`)) return done(serveWithHandler(handleBilling, request, response));
    if (path.startsWith('/api/demo/')) return done(control(request, response, path));
    if (staticDir && (request.method === 'GET' || request.method === 'HEAD')) {
      return done(serveStatic(response, path));
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
}
