// The proof that a browser bundle of the main entry holds nothing server-only: no module of
// `subscription-kit/server` or `subscription-kit/stripe` and nothing of the `stripe` SDK. Used by
// `.size-limit.cjs` as an esbuild plugin on the bundle size-limit builds anyway; a hit fails the
// build, so `npx size-limit` (the last step of the test command) fails.

const { readFileSync } = require('node:fs');

/** Files a browser bundle of the main entry must not read: the server-only entries and the SDK. */
const FORBIDDEN_INPUT = /(^|[/\\])(dist[/\\](server|stripe)\.js|node_modules[/\\]stripe[/\\])/;

/**
 * Text only server-only code carries (minifying keeps strings): the handler's idempotency refusals
 * and replay header, the Stripe provider's request parameters, the SDK's host.
 */
const SERVER_ONLY_TEXT = [
  'idempotency_key_in_use',
  'Idempotent-Replayed',
  'pending_if_incomplete',
  'always_invoice',
  'subscription_details',
  'api.stripe.com',
];

/** What in a bundle's inputs and text betrays server-only code (empty: nothing). */
function serverOnlyFindings(inputs, text) {
  return [
    ...inputs.filter((input) => FORBIDDEN_INPUT.test(input)).map((input) => `reads ${input}`),
    ...SERVER_ONLY_TEXT.filter((marker) => text.includes(marker)).map((marker) => `contains "${marker}"`),
  ];
}

/** An esbuild plugin failing the build when the bundle holds server-only code. */
const browserBundleGuard = {
  name: 'browser-bundle-guard',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return { errors: [{ text: 'browser-bundle-guard needs metafile: true' }] };
      const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
      const text = outputs.map((file) => readFileSync(file, 'utf8')).join('\n');
      const findings = serverOnlyFindings(Object.keys(result.metafile.inputs), text);
      return {
        errors: findings.map((finding) => ({ text: `a browser bundle of the main entry ${finding}` })),
      };
    });
  },
};

/** `modifyEsbuildConfig` step: bundles for the browser, with the guard. */
function guardBrowserBundle(config) {
  config.platform = 'browser';
  config.metafile = true;
  config.plugins = [...(config.plugins ?? []), browserBundleGuard];
  return config;
}

module.exports = { SERVER_ONLY_TEXT, serverOnlyFindings, guardBrowserBundle };
