import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { type BillingDataProvider, BillingSummary, SubscriptionKitProvider } from 'subscription-kit';
import { estimateOverage, formatMoney, money, upcomingBill } from 'subscription-kit/core';
import type { MemoryBillingData } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { accountData, demoClock, demoProvider, pastDueData, planNamed } from '../../stories/scenarios';

function renderSummary(
  provider: BillingDataProvider,
  { locale = 'en', onUpdatePaymentMethod = vi.fn() } = {},
) {
  return render(
    <SubscriptionKitProvider
      dataProvider={provider}
      now={demoClock}
      locale={locale}
      translations={shippedTranslations}
    >
      <BillingSummary onUpdatePaymentMethod={onUpdatePaymentMethod} />
    </SubscriptionKitProvider>,
  );
}

function factOf(name: string) {
  const term = screen.getByText(name, { selector: 'dt' });
  return (term.parentElement as HTMLElement).querySelector('dd') as HTMLElement;
}

/** The upcoming bill's rows as [label, amount] pairs, in order, total last. */
function upcomingBillRows() {
  const table = screen.getByRole('table', { name: /^Upcoming bill on / });
  return within(table)
    .getAllByRole('row')
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ]);
}

/** What core says the next bill is, for the same data at the same instant. */
function coreBill(data: MemoryBillingData) {
  if (!data.subscription) throw new Error('the scenario has no subscription');
  const bill = upcomingBill({
    subscription: data.subscription,
    catalog: data.plans,
    usage: data.account.usage ?? {},
    now: demoClock(),
  });
  if (!bill) throw new Error('core expects no bill');
  return bill;
}

describe('given a monthly subscription anchored on January 31st, with usage over the limit', () => {
  it('bills next on March 31 (clamped to month end): the next month and the overage, as core estimates them', async () => {
    const data = accountData('blockedDowngrade');
    const { container } = renderSummary(demoProvider(data));
    await screen.findByText('Ecommerce Scale');
    const bill = coreBill(data);
    const [overage] = bill.overage;
    expect(overage?.overUnits).toBeGreaterThan(0);
    expect(within(factOf('Next billing date')).getByText('March 31, 2026')).toBeVisible();
    expect(within(factOf('Current plan')).getByText('€490/month excl. tax, billed monthly')).toBeVisible();
    expect(within(factOf('Upcoming bill')).getByText(formatMoney(bill.total, 'en'))).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Upcoming bill on March 31, 2026' })).toBeVisible();
    expect(upcomingBillRows()).toEqual([
      ['Ecommerce Scale, monthly', '€490.00'],
      [
        `Estimated overage: about ${overage?.overUnits.toLocaleString('en')} conversations above 100,000`,
        formatMoney(overage?.amount ?? money(0, 'EUR'), 'en'),
      ],
      ['Total excl. tax', formatMoney(bill.total, 'en')],
    ]);
    expect(bill.total.amount).toBe(49_000 + (overage?.amount.amount ?? 0));
    expect(screen.getByText('On annual billing you would save 16% (€980 a year).')).toBeVisible();
    expect(container.querySelector('[data-status="ready"]')).not.toBeNull();
  });
});

describe('given 45,000 of 50,000 conversations ten days into the period, on a plan that bills overage', () => {
  it('adds the overage core estimates, to the minor unit, to the next month', async () => {
    const data = accountData('nearLimit');
    renderSummary(demoProvider(data));
    await screen.findByText('Ecommerce Basic');
    const estimate = estimateOverage({
      plan: planNamed('Ecommerce Basic'),
      usage: data.account.usage ?? {},
      period: data.subscription?.currentPeriod ?? { start: '', end: '' },
      now: demoClock(),
    });
    // 45,000 × 31 / 10 days = 139,500 → 89,500 over → 90 started blocks of 1,000 at €10.
    expect(estimate.total).toEqual(money(90_000, 'EUR'));
    expect(upcomingBillRows()).toEqual([
      ['Ecommerce Basic, monthly', '€190.00'],
      ['Estimated overage: about 89,500 conversations above 50,000', formatMoney(estimate.total, 'en')],
      ['Total excl. tax', '€1,090.00'],
    ]);
    expect(screen.getByRole('heading', { name: 'Upcoming bill on April 6, 2026' })).toBeVisible();
    expect(
      screen.getByText('Overage is estimated from your usage so far. Tax is added on the invoice.'),
    ).toBeVisible();
  });
});

describe('given an annual enterprise subscription', () => {
  it('shows what annual billing saves and the yearly billing date', async () => {
    renderSummary(demoProvider(accountData('beyondCatalog')));
    expect(await screen.findByText('Annual billing saves you €3,780 (16%) a year.')).toBeVisible();
    expect(within(factOf('Next billing date')).getByText('September 1, 2026')).toBeVisible();
    expect(screen.getByText('Billed once a year')).toBeVisible();
    expect(upcomingBillRows()).toEqual([
      ['Enterprise, yearly', '€18,900.00'],
      ['Total excl. tax', '€18,900.00'],
    ]);
  });
});

describe('given an annual plan heading past a monthly limit mid-year', () => {
  it("bills that month's overage alone at the end of the month, before the renewal", async () => {
    const data = accountData('nearLimit');
    const annual: MemoryBillingData = {
      ...data,
      subscription: data.subscription && {
        ...data.subscription,
        interval: 'year',
        currentPeriod: { start: '2025-12-06T09:00:00.000Z', end: '2026-12-06T09:00:00.000Z' },
      },
    };
    renderSummary(demoProvider(annual));
    expect(await screen.findByRole('heading', { name: 'Upcoming bill on April 6, 2026' })).toBeVisible();
    expect(within(factOf('Next billing date')).getByText('April 6, 2026')).toBeVisible();
    expect(screen.getByText("This month's overage; the plan renews once a year")).toBeVisible();
    expect(upcomingBillRows()).toEqual([
      ['Estimated overage: about 89,500 conversations above 50,000', '€900.00'],
      ['Total excl. tax', '€900.00'],
    ]);
  });
});

describe('given a downgrade is scheduled', () => {
  it('shows it with the way to cancel it', async () => {
    renderSummary(demoProvider(accountData('supportTemplate')));
    expect(await screen.findByText('Your plan changes to Support Basic on April 5, 2026.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel scheduled change' })).toBeVisible();
  });

  it('bills the scheduled plan on the upcoming bill, marked as the scheduled change', async () => {
    renderSummary(demoProvider(accountData('supportTemplate')));
    expect(await screen.findByRole('heading', { name: 'Upcoming bill on April 5, 2026' })).toBeVisible();
    expect(upcomingBillRows()).toEqual([
      ['Support Basic, monthlyScheduled change', '€190.00'],
      ['Total excl. tax', '€190.00'],
    ]);
  });

  it('bills the current plan again once the change is cancelled', async () => {
    renderSummary(demoProvider(accountData('supportTemplate')));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel scheduled change' }));
    await waitFor(() =>
      expect(upcomingBillRows()).toEqual([
        ['Support Scale, monthly', '€490.00'],
        ['Total excl. tax', '€490.00'],
      ]),
    );
  });
});

describe('given a subscription whose last payment failed', () => {
  it('gives the payment-failure guidance with "Update payment method"', async () => {
    const onUpdatePaymentMethod = vi.fn();
    renderSummary(demoProvider(pastDueData()), { onUpdatePaymentMethod });
    expect(await screen.findByText('Your card was declined')).toBeVisible();
    expect(screen.getByText('Payment overdue')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Update payment method' }));
    expect(onUpdatePaymentMethod).toHaveBeenCalledTimes(1);
  });
});

describe('given no subscription', () => {
  it('says so instead of showing nothing', async () => {
    const { container } = renderSummary(demoProvider(accountData('ecommerceTrial')));
    expect(await screen.findByText("You don't have a subscription yet.")).toBeVisible();
    expect(container.querySelector('[data-status="empty"]')).not.toBeNull();
  });
});

describe('given the Danish locale', () => {
  it('shows translated strings and Danish dates, never a raw key', async () => {
    const { container } = renderSummary(demoProvider(accountData('blockedDowngrade')), { locale: 'da' });
    expect(await screen.findByText('31. marts 2026')).toBeVisible();
    expect(screen.getByText('Faktureres den samme dag hver måned')).toBeVisible();
    expect(container.textContent).not.toMatch(/billingSummary\./);
  });

  it('has no accessibility violations that jsdom can detect', async () => {
    const { container } = renderSummary(demoProvider(accountData('supportTemplate')), { locale: 'da' });
    await screen.findByText('Support Scale');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
