// Size budgets, min+gzip, enforced by the test command. Each component entry imports only that
// component (with SubscriptionKitProvider, which every host needs) from the built ESM file, with its
// runtime dependencies and without React, as a host's production bundler would: NODE_ENV is
// "production", so dependencies drop their development-only code. TanStack Query, i18next and
// react-i18next are peers, which size-limit leaves out by default; they are counted here, as a host
// that does not use them yet pays for them.

const { guardBrowserBundle } = require('./scripts/browser-bundle-guard.cjs');

const COUNTED_PEERS = ['i18next', 'react-i18next', '@tanstack/react-query'];
const RUNTIME_DEPENDENCIES = [...COUNTED_PEERS, '@radix-ui/react-dialog'];

function production(config) {
  config.define = { ...config.define, 'process.env.NODE_ENV': '"production"' };
  config.external = (config.external ?? []).filter((name) => !COUNTED_PEERS.includes(name));
  return config;
}

function ownCodeOnly(config) {
  config.define = { ...config.define, 'process.env.NODE_ENV': '"production"' };
  return config;
}

function component(names, limit) {
  return {
    name: `{ ${names} } with SubscriptionKitProvider, dependencies included`,
    path: 'dist/index.js',
    import: `{ ${names}, SubscriptionKitProvider }`,
    gzip: true,
    limit,
    modifyEsbuildConfig: production,
  };
}

module.exports = [
  {
    name: 'subscription-kit, everything, dependencies included',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    limit: '86.13 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'subscription-kit, everything, own code only',
    path: 'dist/index.js',
    import: '*',
    ignore: RUNTIME_DEPENDENCIES,
    gzip: true,
    limit: '43.11 kB',
    modifyEsbuildConfig: ownCodeOnly,
  },
  {
    // Fails (esbuild error) when the bundle reads or contains anything of subscription-kit/server,
    // subscription-kit/stripe or the stripe SDK: scripts/browser-bundle-guard.cjs.
    name: 'subscription-kit in a browser bundle, with nothing of subscription-kit/server, subscription-kit/stripe or stripe',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    limit: '86.13 kB',
    modifyEsbuildConfig: (config) => guardBrowserBundle(production(config)),
  },
  component('PlanModal, PlanModalContent, PlanModalTrigger', '74.88 kB'),
  component('PlanCard', '41.34 kB'),
  component('RecommendationBanner', '39.75 kB'),
  component('InvoiceList', '60.64 kB'),
  component('InvoiceView', '44.84 kB'),
  component('PaymentMethods', '60.44 kB'),
  component('BillingSummary', '47.2 kB'),
  component('UsageMeters', '77.29 kB'),
  {
    name: 'subscription-kit/core',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    limit: '7.9 kB',
  },
  {
    name: 'subscription-kit/testing',
    path: 'dist/testing.js',
    import: '*',
    gzip: true,
    limit: '21 kB',
  },
  {
    name: 'subscription-kit/http, with the engine parts it uses',
    path: 'dist/http.js',
    import: '*',
    gzip: true,
    limit: '2.65 kB',
  },
  {
    // Server only: counted so that it stays small for edge runtimes' bundle limits.
    name: 'subscription-kit/server, with the engine parts it uses',
    path: 'dist/server.js',
    import: '*',
    gzip: true,
    limit: '7.62 kB',
  },
  {
    // Server only, counted like the server entry; the host's `stripe` SDK is a peer and not counted.
    name: 'subscription-kit/stripe, with the engine parts it uses',
    path: 'dist/stripe.js',
    import: '*',
    gzip: true,
    limit: '7.66 kB',
  },
  {
    name: 'subscription-kit/styles.css',
    path: 'dist/styles.css',
    gzip: true,
    limit: '6.28 kB',
  },
];
