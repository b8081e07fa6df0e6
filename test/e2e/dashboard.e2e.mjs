// End to end: the demo dashboard (examples/dashboard, built with Vite from the BUILT package in
// dist/) against the demo server (examples/server: the REST contract over the memory provider), over
// real HTTP, in headless Chromium. Every scenario starts from fresh server data.
//
//   npm run build && node test/e2e/dashboard.e2e.mjs [--report .reports/e2e.json]
//
// Prints one line per scenario and a Vitest-like summary; exits non-zero on any failure. With
// --report it also writes { numPassedTests, numFailedTests } for scripts/count-tests.mjs.
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import {
  billingSummary,
  cancelScheduledChangeInSummary,
  expectAttribute,
  expectEqual,
  invoiceRow,
  openPlanModal,
  runDashboardE2e,
  STEP_TIMEOUT_MS,
} from './support/dashboard-harness.mjs';

/* -------------------------------------------------------------------------------------------------
 * Scenarios
 * -----------------------------------------------------------------------------------------------*/

/** @typedef {import('./support/dashboard-harness.mjs').Context} Context */

/** @type {{ name: string, run: (context: Context) => Promise<void> }[]} */
const scenarios = [
  {
    name: 'upgrades Ecommerce Basic to Scale after showing the prorated preview',
    async run({ page, api }) {
      const dialog = await openPlanModal(page);
      await dialog.getByRole('button', { name: 'Select Ecommerce Scale' }).click();
      await dialog.getByRole('heading', { name: 'Review your upgrade' }).waitFor();
      // Computed by the server's memory provider at the demo clock: 15 of 31 days left.
      await dialog.getByText('-€95.77', { exact: true }).waitFor();
      await dialog.getByText('€246.98', { exact: true }).waitFor();
      await dialog.getByText('€151.21', { exact: true }).waitFor();
      await confirmUpgradeToScale(dialog, api);
      await page.getByTestId('toast').getByText('Your plan is now Ecommerce Scale.').waitFor();
      await billingSummary(page).getByText('Ecommerce Scale', { exact: true }).waitFor();
      // The usage meters follow (same query cache): Scale's 100,000 conversations, nothing to nudge.
      await expectAttribute(page.getByRole('meter', { name: 'Conversations' }), 'aria-valuemax', '100000');
      await usageNudge(page).waitFor({ state: 'detached' });
    },
  },
  {
    name: 'nudges past the conversation limit, with the overage, and upgrades from the nudge',
    async run({ page, api }) {
      // 36,000 conversations by March 16 → 72,586 (about 73,000) by April 1, over Basic's 50,000.
      const meter = page.getByRole('meter', { name: 'Conversations' });
      await expectAttribute(meter, 'aria-valuemax', '50000');
      await expectAttribute(meter, 'aria-valuetext', '36,000 of 50,000 conversations (72%)');
      const nudge = usageNudge(page);
      await nudge
        .getByText('Conversations: about 73,000 by April 1, 2026, and your plan includes 50,000.')
        .waitFor();
      await nudge
        .getByText('Usage above the limit is billed per use: about €230.00 on April 1, 2026, excluding tax.')
        .waitFor();
      await nudge.getByText('Ecommerce Scale fits this usage.').waitFor();
      // The same estimate on the upcoming bill: 23 started blocks of 1,000 at €10, on top of €190.
      const bill = billingSummary(page).getByRole('table', { name: 'Upcoming bill on April 1, 2026' });
      await bill.getByRole('row', { name: 'Ecommerce Basic, monthly €190.00' }).waitFor();
      await bill.getByRole('row').filter({ hasText: 'Estimated overage' }).getByText('€230.00').waitFor();
      await bill.getByRole('row', { name: 'Total excl. tax €420.00' }).waitFor();

      await nudge.getByRole('button', { name: 'Review Ecommerce Scale' }).click();
      const dialog = page.getByRole('dialog', { name: 'Choose your plan' });
      await dialog.getByRole('heading', { name: 'Review your upgrade' }).waitFor();
      await confirmUpgradeToScale(dialog, api);
      // Scale's limits hold the projection: the nudge goes, the meter and the bill follow; focus,
      // with the nudge's button gone, lands on the usage card's heading.
      await nudge.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Usage this period', null, {
        timeout: STEP_TIMEOUT_MS,
      });
      await expectAttribute(meter, 'aria-valuemax', '100000');
      await billingSummary(page).getByText('Ecommerce Scale', { exact: true }).waitFor();
    },
  },
  {
    name: 'schedules a downgrade for the end of the period, then cancels it',
    async run({ page, api }) {
      // Start on Ecommerce Scale, set up through the public contract like any client would:
      // preview the change, then confirm it at the amount the preview showed.
      const scale = { planId: 'ecommerce-scale', interval: 'month' };
      const preview = await api('GET', `/api/billing/subscription/preview?${new URLSearchParams(scale)}`);
      await api(
        'POST',
        '/api/billing/subscription/change',
        { ...scale, expectedAmountDue: preview.amountDue },
        { 'Idempotency-Key': 'e2e-setup-upgrade' },
      );
      await page.reload();
      const dialog = await openPlanModal(page);
      // At this period's pace the engine recommends Scale and Enterprise; Basic is among all plans.
      await dialog.getByRole('button', { name: 'See all plans' }).click();
      await dialog.getByRole('button', { name: 'Select Ecommerce Basic' }).click();
      await dialog.getByRole('heading', { name: 'Review your downgrade' }).waitFor();
      await dialog.getByText(/Takes effect on April 1, 2026/).waitFor();
      await dialog.getByRole('button', { name: 'Schedule downgrade' }).click();
      await dialog.getByText('Your plan changes to Ecommerce Basic on April 1, 2026.').waitFor();
      let state = await api('GET', '/api/demo/state');
      expectEqual(state.subscription.planId, 'ecommerce-scale', 'plan on the server until April');
      expectEqual(state.subscription.scheduledChange?.planId, 'ecommerce-basic', 'scheduled plan');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await cancelScheduledChangeInSummary(page, 'Your plan changes to Ecommerce Basic on April 1, 2026.');
      state = await api('GET', '/api/demo/state');
      expectEqual(state.subscription.scheduledChange, null, 'scheduled change on the server');
      expectEqual(state.subscription.planId, 'ecommerce-scale', 'plan on the server');
    },
  },
  {
    name: 'keeps the plan when the card is declined, and shows how to fix it',
    async run({ page, api }) {
      await api('POST', '/api/demo/fault', { method: 'changePlan', fault: 'payment_declined', times: 1 });
      const dialog = await openPlanModal(page);
      await dialog.getByRole('button', { name: 'Select Ecommerce Scale' }).click();
      await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
      const alert = dialog.getByRole('alert');
      await alert.getByText('Your card was declined').waitFor();
      await alert.getByText('Your plan has not changed.').waitFor();
      await alert.getByRole('button', { name: 'Try again' }).waitFor();
      const state = await api('GET', '/api/demo/state');
      expectEqual(state.subscription.planId, 'ecommerce-basic', 'plan on the server');
      expectEqual(state.calls.changePlan, 1, 'changePlan calls');
      await page.getByTestId('toast').getByText('The plan change did not go through.').waitFor();

      // The resolution: the dashboard closes the modal and shows the payment methods with guidance.
      await alert.getByRole('button', { name: 'Update payment method' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const paymentMethods = page.locator('[data-slot="payment-methods"]');
      await paymentMethods.getByText('Your card was declined').waitFor();
      await paymentMethods.getByRole('button', { name: 'Add card' }).waitFor();
      await billingSummary(page).getByText('Ecommerce Basic', { exact: true }).waitFor();
    },
  },
  {
    name: 'saves an American Express number as American Express, and refuses a number that fails its check',
    async run({ page, api }) {
      const paymentMethods = page.locator('[data-slot="payment-methods"]');
      await paymentMethods.getByRole('button', { name: 'Add card' }).click();
      const number = paymentMethods.getByLabel('Card number');
      await number.fill('3782 822463 10006');
      await paymentMethods.getByRole('button', { name: 'Save card' }).click();
      await paymentMethods
        .getByRole('alert')
        .getByText('That isn’t a valid card number. Check the digits and try again.')
        .waitFor();
      await number.fill('3782 822463 10005');
      await paymentMethods.getByRole('button', { name: 'Save card' }).click();
      await paymentMethods.getByText('American Express ending in 0005').waitFor();
      const state = await api('GET', '/api/demo/state');
      const added = state.paymentMethods.find((method) => method.last4 === '0005');
      expectEqual(added?.brand, 'amex', 'brand on the server');
    },
  },
  {
    name: 'switches the demo customer to a blocked downgrade, keeps it across a reload, and resets it',
    async run({ page, api }) {
      const picker = page.getByLabel('Demo customer');
      await picker.selectOption({ label: 'Blocked downgrade' });
      await page
        .getByText(/^Bergmann Handel \(Germany\) on Ecommerce Scale: usage over Basic's limits/)
        .waitFor();
      await billingSummary(page).getByText('Ecommerce Scale', { exact: true }).waitFor();
      await page.getByRole('definition').getByText('Bergmann Handel GmbH').waitFor();
      expectEqual(new URL(page.url()).searchParams.get('customer'), 'blockedDowngrade', 'URL parameter');
      expectEqual((await api('GET', '/api/demo/state')).scenario, 'blockedDowngrade', 'server scenario');

      const dialog = await openPlanModal(page);
      await dialog.getByRole('button', { name: 'See all plans' }).click();
      await dialog.getByRole('button', { name: 'Select Ecommerce Basic' }).click();
      await dialog.getByText("You can't downgrade yet").waitFor();
      await dialog.getByText('Abandoned-cart recovery is in use').waitFor();
      await dialog.getByText('Your Magento integration is connected').waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // What was done before the reload is still there after it: the reload does not reset.
      await api('DELETE', '/api/billing/payment-methods/pm_mastercard_expired', undefined, {
        'Idempotency-Key': 'e2e-remove-expired',
      });
      await page.reload();
      await billingSummary(page).getByText('Ecommerce Scale', { exact: true }).waitFor();
      expectEqual(await picker.inputValue(), 'blockedDowngrade', 'picker after reload');
      await page.locator('[data-slot="payment-methods"]').getByText('Visa ending in 4242').waitFor();
      expectEqual(await page.getByText('Mastercard ending in 4444').count(), 0, 'removed card after reload');

      await picker.selectOption({ label: 'Heading past the limit' });
      await billingSummary(page).getByText('Ecommerce Basic', { exact: true }).waitFor();
      await page.getByRole('definition').getByText('Nordlys Commerce ApS').waitFor();
      expectEqual((await api('GET', '/api/demo/state')).scenario, 'overage', 'server scenario');
    },
  },
  {
    name: 'opens each demo customer from its link: outside the EU, near the limit, campaign, failing card',
    async run({ page }) {
      await page.goto(`${new URL(page.url()).origin}/?lang=en&theme=light&customer=outsideEu`);
      let dialog = await openPlanModal(page);
      await dialog.getByRole('button', { name: 'See all plans' }).click();
      const scale = dialog.locator('.sk-PlanCard').filter({ hasText: 'Ecommerce Scale' }).first();
      await scale.getByText('Not available in your country').waitFor();
      await page.keyboard.press('Escape');

      await page.goto(`${new URL(page.url()).origin}/?lang=en&theme=light&customer=nearLimit`);
      await expectAttribute(
        page.getByRole('meter', { name: 'Conversations' }),
        'aria-valuetext',
        '45,000 of 50,000 conversations (90%)',
      );

      await page.goto(`${new URL(page.url()).origin}/?lang=en&theme=light&customer=campaignVoice`);
      dialog = await openPlanModal(page);
      await dialog.getByRole('button', { name: 'See all plans' }).click();
      // A voice assistant in the Nordics: the Voice plan can be chosen; the spring offer is on Scale.
      const allPlans = dialog.getByRole('region', { name: 'All plans' });
      await allPlans.getByRole('button', { name: 'Select Support Voice' }).waitFor();
      await page.keyboard.press('Escape');

      await page.goto(`${new URL(page.url()).origin}/?lang=en&theme=light&customer=failingCard`);
      dialog = await openPlanModal(page);
      await dialog.getByRole('button', { name: 'Select Ecommerce Scale' }).click();
      await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
      await dialog.getByRole('alert').getByText('Your card was declined').waitFor();
    },
  },
  {
    name: 'downloads an invoice PDF through the REST contract: a real PDF, in the language picked',
    async run({ page }) {
      for (const { language, title, button } of [
        { language: 'en', title: 'Invoice SK-2026-M0040', button: /PDF/ },
        { language: 'da', title: 'Faktura SK-2026-M0040', button: /PDF/ },
      ]) {
        // The picker is still in English when Danish is picked.
        await page.getByLabel('Language').selectOption(language);
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
          invoiceRow(page, 'SK-2026-M0040').getByRole('button', { name: button }).click(),
        ]);
        expectEqual(download.suggestedFilename(), 'SK-2026-M0040.pdf', 'file name');
        const bytes = readFileSync(await download.path());
        expectEqual(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'start of the file');
        // pdf-lib reads it back: it parses, has a page, and carries the invoice's title.
        const pdf = await PDFDocument.load(bytes);
        expectEqual(pdf.getPageCount(), 1, 'pages');
        expectEqual(pdf.getTitle(), title, 'document title');
        expectEqual(pdf.getSubject(), 'SK-2026-M0040', 'document subject');
      }
    },
  },
  {
    name: 'opens an invoice web view and loads older invoices',
    async run({ page }) {
      await invoiceRow(page, 'SK-2026-M0040')
        .getByRole('button', { name: /Web view/ })
        .click();
      const invoice = page.getByRole('dialog');
      await invoice.getByText('Nordlys Commerce ApS').first().waitFor();
      await invoice.getByText('€237.50').first().waitFor();
      await page.keyboard.press('Escape');
      await invoice.waitFor({ state: 'hidden' });
      // 40 invoices, 10 a page (a cursor page each time).
      const rows = page.locator('[data-slot="invoices"] tbody tr');
      expectEqual(await rows.count(), 10, 'rows on the first page');
      await page.getByRole('button', { name: 'Load more' }).click();
      await invoiceRow(page, 'SK-2024-M0021').waitFor();
      expectEqual(await rows.count(), 20, 'rows after "Load more"');
    },
  },
  {
    name: 'switches the library and the dashboard to Danish and to dark mode',
    async run({ page }) {
      await page.getByLabel('Language').selectOption('da');
      await page.getByRole('button', { name: 'Skift plan' }).waitFor();
      await page.getByRole('navigation').getByText('Indstillinger').waitFor();
      await page.getByRole('meter', { name: 'Samtaler' }).waitFor();
      expectEqual(await page.locator('html').getAttribute('lang'), 'da', 'document language');
      await page.getByRole('switch', { name: 'Mørk tilstand' }).click();
      await page.locator('[data-slot="billing-summary"][data-sk-theme="dark"]').waitFor();
      await page.locator('[data-slot="usage-meters"][data-sk-theme="dark"]').waitFor();
      const dialog = await openPlanModal(page, { trigger: 'Skift plan', title: 'Vælg din plan' });
      expectEqual(await dialog.getAttribute('data-sk-theme'), 'dark', 'theme of the dialog');
    },
  },
];
/**
 * Confirms the upgrade to Ecommerce Scale under review, checks that the server applied it once,
 * and closes the dialog with "Done".
 * @param {import('playwright').Locator} dialog
 * @param {Context['api']} api
 */
async function confirmUpgradeToScale(dialog, api) {
  await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
  await dialog.getByText("You're now on Ecommerce Scale.").waitFor();
  const state = await api('GET', '/api/demo/state');
  expectEqual(state.subscription.planId, 'ecommerce-scale', 'plan on the server');
  expectEqual(state.calls.changePlan, 1, 'changePlan calls');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** UsageMeters' "heading past your limits" region. */
function usageNudge(page) {
  return page.getByRole('region', { name: "You're heading past your plan's limits" });
}

await runDashboardE2e({
  label: 'dashboard',
  dist: ['dist/index.js', 'dist/testing.js', 'dist/http.js', 'dist/server.js'],
  scenarios,
  // Imported after the check of dist/: the server uses the built subscription-kit/testing.
  createServer: async ({ staticDir }) => {
    const { createDemoServer } = await import('../../examples/server/create-demo-server.mjs');
    return createDemoServer({ staticDir, latencyMs: 0 });
  },
});
