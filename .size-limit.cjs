// Size budgets, min+gzip, enforced by the test command. Each component entry imports only that
// component (with SubscriptionKitProvider, which every host needs) from the built ESM file, with its
// runtime dependencies and without React, as a host's production bundler would: NODE_ENV is
// "production", so dependencies drop their development-only code.

const RUNTIME_DEPENDENCIES = ['i18next', 'react-i18next', '@tanstack/react-query', '@radix-ui/react-dialog'];

function production(config) {
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
    limit: '76 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'subscription-kit, everything, own code only',
    path: 'dist/index.js',
    import: '*',
    ignore: RUNTIME_DEPENDENCIES,
    gzip: true,
    limit: '34 kB',
    modifyEsbuildConfig: production,
  },
  component('PlanModal, PlanModalContent, PlanModalTrigger', '64 kB'),
  component('PlanCard', '37 kB'),
  component('RecommendationBanner', '36 kB'),
  component('InvoiceList', '57 kB'),
  component('InvoiceView', '42 kB'),
  component('PaymentMethods', '57 kB'),
  component('BillingSummary', '43 kB'),
  component('UsageMeters', '66 kB'),
  {
    name: 'subscription-kit/core',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    limit: '5 kB',
  },
  {
    name: 'subscription-kit/testing',
    path: 'dist/testing.js',
    import: '*',
    gzip: true,
    limit: '16 kB',
  },
  {
    name: 'subscription-kit/styles.css',
    path: 'dist/styles.css',
    gzip: true,
    limit: '6 kB',
  },
];
