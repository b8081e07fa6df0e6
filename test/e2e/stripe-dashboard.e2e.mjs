// End to end over the production path: the demo dashboard (built from the BUILT package) against
// the demo server in its Stripe mode, where `createBillingHandler` (subscription-kit/server) serves
// `createStripeDataProvider` (subscription-kit/stripe) over the official SDK pointed at the Stripe
// double on 127.0.0.1 (no network), in headless Chromium. Every scenario starts from a fresh double,
// seeded through the SDK: Nordlys Support ApS on Support Pro with a year of paid invoices.
//
//   npm run build && node test/e2e/stripe-dashboard.e2e.mjs [--report .reports/stripe-e2e.json]
import { PDFDocument } from 'pdf-lib';
import {
  billingSummary,
  cancelScheduledChangeInSummary,
  expectEqual,
  openPlanModal,
  runDashboardE2e,
  STEP_TIMEOUT_MS,
} from './support/dashboard-harness.mjs';

/** @typedef {import('./support/dashboard-harness.mjs').Context} Context */

const money = (cents, currency) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

/** @type {{ name: string, run: (context: Context) => Promise<void> }[]} */
const scenarios = [
  {
    name: 'upgrades Support Pro to Scale: the prorated amount shown is the preview and the invoice Stripe issued',
    async run({ page, api }) {
      const before = await api('GET', '/api/demo/state');
      const dialog = await openPlanModal(page);
      await selectPlan(dialog, 'Support Scale');
      await dialog.getByRole('heading', { name: 'Review your upgrade' }).waitFor();
      // Stripe's own preview (invoices.createPreview), read by a client of the same session.
      const query = new URLSearchParams({ planId: 'sk_support_scale', interval: 'month' });
      const preview = await api('GET', `/api/billing/subscription/preview?${query}`);
      const shown = money(preview.amountDue.amount, preview.amountDue.currency);
      await dialog.locator('[data-slot="amount-due"]').getByText(shown, { exact: true }).waitFor();
      // A credit for the unused time on Pro and a charge for the rest of the period on Scale.
      if (!(preview.amountDue.amount > 0 && preview.amountDue.amount < 99000 - 49000)) {
        throw new Error(`a prorated amount between 0 and the difference was expected, got ${shown}`);
      }
      await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
      await dialog.getByText("You're now on Support Scale.").waitFor();
      const after = await api('GET', '/api/demo/state');
      expectEqual(after.subscription.planId, 'sk_support_scale', 'plan in Stripe');
      expectEqual(after.latestInvoice.id === before.latestInvoice.id, false, 'a new invoice in Stripe');
      expectEqual(after.latestInvoice.total, preview.amountDue.amount, "the invoice's total");
      expectEqual(after.latestInvoice.amountPaid, preview.amountDue.amount, 'the amount paid');
      expectEqual(after.latestInvoice.status, 'paid', "the invoice's status");
      await dialog.getByRole('button', { name: 'Done' }).click();
      await billingSummary(page).getByText('Support Scale', { exact: true }).waitFor();
    },
  },
  {
    name: 'schedules a downgrade to Support Basic for the end of the period in a schedule, then cancels it',
    async run({ page, api }) {
      const subscription = await api('GET', '/api/billing/subscription');
      const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(subscription.currentPeriod.end),
      );
      const dialog = await openPlanModal(page);
      await selectPlan(dialog, 'Support Basic');
      await dialog.getByRole('heading', { name: 'Review your downgrade' }).waitFor();
      await dialog.getByText(`Takes effect on ${date}`, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Schedule downgrade' }).click();
      await dialog.getByText(`Your plan changes to Support Basic on ${date}.`).waitFor();
      let state = await api('GET', '/api/demo/state');
      expectEqual(state.subscription.planId, 'sk_support_pro', 'plan in Stripe until then');
      expectEqual(typeof state.subscription.schedule, 'string', 'a subscription schedule in Stripe');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await cancelScheduledChangeInSummary(page, `Your plan changes to Support Basic on ${date}.`);
      state = await api('GET', '/api/demo/state');
      expectEqual(state.subscription.schedule, null, 'the schedule released');
      expectEqual(state.subscription.planId, 'sk_support_pro', 'plan in Stripe');
    },
  },
  {
    name: 'keeps the plan when Stripe declines the card, and shows the customer why',
    async run({ page, api }) {
      // The same customer, paying with Stripe's declining test card (pm_card_chargeDeclined).
      await api('POST', '/api/demo/reset', { scenario: 'failingCard' });
      await page.goto(`${new URL(page.url()).origin}/?lang=en&theme=light&customer=failingCard`);
      const picker = page.getByLabel('Demo customer');
      expectEqual(await picker.inputValue(), 'failingCard', 'picked customer');
      // The picker offers the customers the Stripe mode holds, and no others.
      expectEqual(await picker.locator('option').count(), 2, 'customers offered');
      const before = await api('GET', '/api/demo/state');
      const dialog = await openPlanModal(page);
      await selectPlan(dialog, 'Support Scale');
      await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
      const alert = dialog.getByRole('alert');
      await alert.getByText('Your card was declined').waitFor();
      await alert.getByText('Your plan has not changed.').waitFor();
      const after = await api('GET', '/api/demo/state');
      expectEqual(after.subscription.planId, 'sk_support_pro', 'plan in Stripe');
      expectEqual(after.subscription.status, before.subscription.status, 'subscription status in Stripe');
      await page.keyboard.press('Escape');
      await billingSummary(page).getByText('Support Pro', { exact: true }).waitFor();
    },
  },
  {
    name: "downloads an invoice's PDF from Stripe's invoice_pdf, through the demo's origin: a real PDF",
    async run({ page, api }) {
      const { data } = await api('GET', '/api/billing/invoices?limit=1');
      const [invoice] = data;
      const row = page.locator('[data-slot="invoices"]').getByRole('row').filter({ hasText: invoice.number });
      // The link is a same-origin path the browser's URL check accepts: it opens in a new tab.
      const [popup] = await Promise.all([
        page.context().waitForEvent('page', { timeout: STEP_TIMEOUT_MS }),
        row.getByRole('button', { name: /PDF/ }).click(),
      ]);
      const url = new URL(popup.url() === 'about:blank' ? await popupTarget(popup) : popup.url());
      expectEqual(url.origin, new URL(page.url()).origin, "the PDF's origin");
      const response = await fetch(url, { signal: AbortSignal.timeout(STEP_TIMEOUT_MS) });
      expectEqual(response.headers.get('content-type'), 'application/pdf', 'content type');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expectEqual(new TextDecoder('latin1').decode(bytes.subarray(0, 5)), '%PDF-', 'start of the file');
      const pdf = await PDFDocument.load(bytes);
      expectEqual(pdf.getPageCount() >= 1, true, 'at least one page');
    },
  },
];

/** Picks a plan in the open dialog, from "See all plans" when it is not among the first cards. */
async function selectPlan(dialog, name) {
  const select = dialog.getByRole('button', { name: `Select ${name}` });
  if (!(await select.isVisible())) await dialog.getByRole('button', { name: 'See all plans' }).click();
  await select.click();
}

/** The URL a new tab navigates to, once it leaves about:blank. */
async function popupTarget(popup) {
  await popup.waitForURL((url) => url.href !== 'about:blank', { timeout: STEP_TIMEOUT_MS });
  return popup.url();
}

await runDashboardE2e({
  label: 'stripe-dashboard',
  dist: ['dist/index.js', 'dist/testing.js', 'dist/http.js', 'dist/server.js', 'dist/stripe.js'],
  scenarios,
  createServer: async ({ staticDir }) => {
    const [{ createDemoServer }, { createStripeBackend }] = await Promise.all([
      import('../../examples/server/create-demo-server.mjs'),
      import('../../examples/server/stripe-backend.mjs'),
    ]);
    return createDemoServer({ staticDir, backend: await createStripeBackend() });
  },
});
