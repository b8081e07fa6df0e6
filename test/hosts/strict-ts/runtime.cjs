// Plain Node, as CommonJS: the entries load through `require`, and core's BillingError is the main
// entry's (also the one the HTTP provider rejects with). Prints one line per check; exits non-zero
// when one fails.
const assert = require('node:assert/strict');

const checks = {
  "require('subscription-kit/core') (CJS)": () => {
    const core = require('subscription-kit/core');
    assert.equal(typeof core.recommendPlans, 'function');
    assert.equal(typeof core.BillingError, 'function');
  },
  "require('subscription-kit') and 'subscription-kit/testing' (CJS)": () => {
    const kit = require('subscription-kit');
    const testing = require('subscription-kit/testing');
    assert.equal(typeof kit.SubscriptionKitProvider, 'function');
    assert.equal(typeof testing.createMemoryDataProvider, 'function');
  },
  "a BillingError from 'subscription-kit/core' is instanceof the main entry's BillingError (CJS)": () => {
    const core = require('subscription-kit/core');
    const kit = require('subscription-kit');
    const error = new core.BillingError('network');
    assert.ok(
      error instanceof kit.BillingError,
      'core BillingError is not instanceof subscription-kit BillingError',
    );
    assert.ok(kit.isBillingError(error));
    assert.equal(kit.billingErrorCodeOf(error), 'network');
  },
  "a rejection of 'subscription-kit/http' is instanceof the main entry's BillingError (CJS)": async () => {
    const { createHttpDataProvider } = require('subscription-kit/http');
    const kit = require('subscription-kit');
    const provider = createHttpDataProvider({
      baseUrl: 'https://billing.example',
      fetch: async () => new Response('', { status: 401 }),
    });
    const error = await provider.getCatalog({}).catch((reason) => reason);
    assert.ok(error instanceof kit.BillingError, 'the HTTP provider rejects with another BillingError class');
    assert.equal(error.code, 'unauthorized');
  },
};

async function main() {
  let failed = 0;
  for (const [name, run] of Object.entries(checks)) {
    try {
      await run();
      console.log(`✓ ${name}`);
    } catch (error) {
      failed += 1;
      console.log(
        `✗ ${name}\n  ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 4)
          .join('\n  ')}`,
      );
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
void main();
