import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { type BillingDataProvider, BillingSummary, SubscriptionKitProvider } from 'subscription-kit';
import { describe, expect, it, vi } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { accountData, demoClock, demoProvider, pastDueData } from '../../stories/scenarios';

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

describe('given a monthly subscription anchored on January 31st, with usage over the limit', () => {
  it('bills next on March 31 (clamped to month end) and estimates the overage billed then', async () => {
    const { container } = renderSummary(demoProvider(accountData('blockedDowngrade')));
    await screen.findByText('Ecommerce Scale');
    expect(within(factOf('Next billing date')).getByText('March 31, 2026')).toBeVisible();
    expect(within(factOf('Current plan')).getByText('€490/month excl. tax, billed monthly')).toBeVisible();
    expect(within(factOf('Estimated overage')).getByText('€180.00')).toBeVisible();
    expect(screen.getByText('Billed at the end of the period, on March 31, 2026')).toBeVisible();
    expect(screen.getByText('About 17,881 conversations over your limit of 100,000: €180.00')).toBeVisible();
    expect(screen.getByText('Switch to annual billing and save 16% (€980 a year).')).toBeVisible();
    expect(container.querySelector('[data-status="ready"]')).not.toBeNull();
  });
});

describe('given an annual enterprise subscription', () => {
  it('shows what annual billing saves and the yearly billing date', async () => {
    renderSummary(demoProvider(accountData('beyondCatalog')));
    expect(await screen.findByText('Annual billing saves you €3,780 (16%) a year.')).toBeVisible();
    expect(within(factOf('Next billing date')).getByText('September 1, 2026')).toBeVisible();
    expect(screen.getByText('Billed once a year')).toBeVisible();
  });
});

describe('given a downgrade is scheduled', () => {
  it('shows it with the way to cancel it', async () => {
    renderSummary(demoProvider(accountData('supportTemplate')));
    expect(await screen.findByText('Your plan changes to Support Basic on April 5, 2026.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel scheduled change' })).toBeVisible();
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
