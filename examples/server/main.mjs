// The demo billing backend: `node examples/server/main.mjs` (after `npm run build`: it imports the
// built `subscription-kit/testing`). Listens on 127.0.0.1:$PORT (default 8787; 0 picks a free port).
// Environment: PORT, HOST, STATIC_DIR (a built dashboard to serve at /), LATENCY_MS (default 250),
// BILLING_BACKEND (`memory`, the default, or `stripe`: the Stripe provider over the Stripe double).
import { createDemoServer } from './create-demo-server.mjs';

const stripe = process.env.BILLING_BACKEND === 'stripe';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const server = await createDemoServer({
  staticDir: process.env.STATIC_DIR || undefined,
  latencyMs: Number(process.env.LATENCY_MS ?? 250),
  log: (line) => console.log(`[server] ${line}`),
  // Loaded only when asked for: it bundles the Stripe double with esbuild first.
  backend: stripe ? await (await import('./stripe-backend.mjs')).createStripeBackend() : undefined,
});
server.on('error', (error) => {
  console.error(`[server] ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address();
  // The first line is read by examples/demo.mjs and the end-to-end test: keep its shape.
  console.log(`[server] listening on http://${host}:${address.port}`);
  if (stripe) console.log('[server] billing: subscription-kit/stripe over the Stripe double (no network)');
});
const stop = () => server.close(() => process.exit(0)) && server.closeAllConnections();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
