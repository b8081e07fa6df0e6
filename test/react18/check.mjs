// The packed library under React 18. `node check.mjs server` renders to strings in plain Node (no
// DOM); `node check.mjs client` renders in jsdom, opens the plan modal and upgrades a plan through
// the memory provider. Run by scripts/test-react18.sh, which installs the packed package and React 18
// into this folder. Prints "N passed, N failed" and, with REPORT_FILE, writes Vitest-style counts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';

const mode = process.argv[2] === 'server' ? 'server' : 'client';
if (mode === 'client') await installDom();

async function installDom() {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html lang="en"><body><main id="root"></main></body></html>', {
    url: 'https://host.example/',
    pretendToBeVisual: true,
  });
  // jsdom's window as the global scope, as a browser test runner would provide it. Events are
  // jsdom's too: Node's own Event classes are not accepted by jsdom's dispatchEvent.
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globalThis) || /Event$|^EventTarget$/.test(key)) globalThis[key] = dom.window[key];
  }
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
}

const React = await import('react');
const { renderToString } = await import('react-dom/server');
const { createRoot } = mode === 'client' ? await import('react-dom/client') : {};
const { act } = React;
const kit = await import('subscription-kit');
const testing = await import('subscription-kit/testing');

const h = React.createElement;
const results = [];
async function check(name, run) {
  try {
    await run();
    results.push([name, null]);
    console.log(`✓ ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(`✗ ${name}\n  ${error?.stack ?? error}`);
  }
}

const now = () => testing.demoNow;
const basic = testing.demoPlans.find((plan) => plan.id === 'ecommerce-basic');
function subscriberData() {
  return {
    ...testing.createDemoBillingData({ account: 'ecommerceTrial' }),
    subscription: {
      id: 'sub_basic',
      planId: 'ecommerce-basic',
      interval: 'month',
      status: 'active',
      currentPeriod: { start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' },
      billingAnchor: '2026-01-01T00:00:00.000Z',
      scheduledChange: null,
    },
    paymentMethods: testing.demoPaymentMethods.filter((method) => method.type === 'card'),
  };
}

async function waitFor(condition, what) {
  for (let tries = 0; tries < 200; tries += 1) {
    if (condition()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function buttonNamed(name) {
  return [...document.querySelectorAll('button')].find(
    (button) => button.getAttribute('aria-label') === name || button.textContent.trim() === name,
  );
}

await check(`runs on React 18 (${mode})`, () => assert.match(React.version, /^18\./));

if (mode === 'server')
  await check('renders PlanCard and the closed PlanModal to a string', () => {
    const html = renderToString(
      h(
        kit.SubscriptionKitProvider,
        { now },
        h(kit.PlanCard, { plan: basic, recommended: true }),
        h(kit.PlanModal, null, h(kit.PlanModalTrigger)),
      ),
    );
    assert.match(html, /Ecommerce Basic/);
    assert.match(html, /Change plan/);
  });

/** An unavailable plan and an error that sends the customer to support, with the host's support URL. */
function supportSpots(supportUrl) {
  const scale = testing.demoPlans.find((plan) => plan.id === 'ecommerce-scale');
  const reasons = [{ code: 'region', params: { country: 'US', allowed: ['DK'] } }];
  return h(
    kit.SubscriptionKitProvider,
    { now, supportUrl },
    h(kit.PlanCard, { plan: scale, unavailableReasons: reasons }),
    h(kit.BillingErrorMessage, { code: 'plan_unavailable' }),
  );
}

// React 18 renders a javascript: href as it is, and a click runs it: the library must never pass one.
const hostileSupportUrl = 'javascript:globalThis.supportLinkRan = true';

if (mode === 'server')
  await check('renders no javascript: support URL as a link, and an https one in both places', () => {
    const hostile = renderToString(supportSpots(hostileSupportUrl));
    assert.doesNotMatch(hostile, /javascript:/i);
    assert.doesNotMatch(hostile, /<a [^>]*>Contact support<\/a>/);
    const safe = renderToString(supportSpots('https://help.example.com/billing'));
    assert.equal(safe.match(/href="https:\/\/help\.example\.com\/billing"/g)?.length, 2);
  });

if (mode === 'client')
  await check('never makes a javascript: support URL an href in the DOM', async () => {
    const root = createRoot(document.getElementById('root'));
    await act(async () => root.render(supportSpots(hostileSupportUrl)));
    const hrefs = [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href'));
    assert.deepEqual(
      hrefs.filter((href) => /javascript:/i.test(href)),
      [],
    );
    const links = [...document.querySelectorAll('a')].map((link) => link.textContent);
    assert.ok(!links.includes('Contact support'), 'a Contact support link is shown');
    await act(async () => root.unmount());
  });

if (mode === 'client')
  await check('opens the plan modal and upgrades Basic to Scale in the DOM', async () => {
    const provider = testing.createMemoryDataProvider({ data: subscriberData(), now });
    const root = createRoot(document.getElementById('root'));
    await act(async () => {
      root.render(
        h(
          kit.SubscriptionKitProvider,
          { dataProvider: provider, now },
          h(kit.PlanModal, null, h(kit.PlanModalTrigger), h(kit.PlanModalContent)),
        ),
      );
    });
    await act(async () => buttonNamed('Change plan').click());
    await waitFor(() => buttonNamed('Select Ecommerce Scale'), 'the plan cards');
    await act(async () => buttonNamed('Select Ecommerce Scale').click());
    await waitFor(() => buttonNamed('Confirm upgrade'), 'the upgrade preview');
    await act(async () => buttonNamed('Confirm upgrade').click());
    await waitFor(
      () => document.body.textContent.includes("You're now on Ecommerce Scale."),
      'the confirmation',
    );
    assert.equal(provider.getData().subscription.planId, 'ecommerce-scale');
    assert.equal(provider.calls.changePlan, 1);
    await act(async () => root.unmount());
  });

const failed = results.filter(([, error]) => error).length;
console.log(`react18 ${mode}: ${results.length - failed} passed, ${failed} failed`);
if (process.env.REPORT_FILE) {
  const report = { numPassedTests: results.length - failed, numFailedTests: failed };
  writeFileSync(process.env.REPORT_FILE, JSON.stringify(report));
}
process.exit(failed > 0 ? 1 : 0);
