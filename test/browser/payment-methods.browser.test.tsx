import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { PaymentMethods, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DemoHostPaymentForm } from '../../stories/demo-host-payment-form';
import { demoClock, demoProvider, supportScaleData } from '../../stories/scenarios';
import { tabTo } from '../support/keyboard';

function renderMethods(provider: MemoryDataProvider, { theme = 'light' as Theme } = {}) {
  return render(
    <main>
      <SubscriptionKitProvider dataProvider={provider} now={demoClock} theme={theme}>
        <PaymentMethods
          renderAddPaymentMethod={(props) => <DemoHostPaymentForm {...props} provider={() => provider} />}
        />
      </SubscriptionKitProvider>
    </main>,
  );
}

describe('given the default card pays for a paid subscription', () => {
  it('refuses to remove it, says why and what to do, and keeps it; Escape returns to the row', async () => {
    const provider = demoProvider(supportScaleData());
    renderMethods(provider);
    await screen.findByText('Visa ending in 4242');
    const trigger = await tabTo('Remove Visa ending in 4242');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Visa ending in 4242?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Remove' }));
    await userEvent.keyboard('{Enter}');
    const alert = await within(dialog).findByRole('alert');
    expect(
      within(alert).getByText(
        'This is your default payment method and your subscription needs one. Set another method as default first, then remove this one.',
      ),
    ).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(provider.getData().paymentMethods.map((method) => method.id)).toContain('pm_visa');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });
});

describe('given the expired card and a double click on Remove', () => {
  it('removes it once and continues from the list heading', async () => {
    const provider = demoProvider(supportScaleData(), { delay: { removePaymentMethod: 100 } });
    renderMethods(provider);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Mastercard ending in 4444' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Remove' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.queryByText('Mastercard ending in 4444')).toBeNull();
    expect(provider.calls.removePaymentMethod).toBe(1);
    expect(provider.getData().paymentMethods.map((method) => method.id)).not.toContain(
      'pm_mastercard_expired',
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Manage billing' }));
  });
});

describe('given a customer adding SEPA Direct Debit through the host form with the keyboard', () => {
  it('adds the mandate through the host form, then makes it the default', async () => {
    const provider = demoProvider(supportScaleData());
    renderMethods(provider);
    await screen.findByText('Visa ending in 4242');
    await tabTo('Add SEPA Direct Debit');
    await userEvent.keyboard('{Enter}');
    const form = await screen.findByRole('region', { name: 'Add SEPA Direct Debit' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Add SEPA Direct Debit' }));
    await tabTo('Save payment method');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('SEPA Direct Debit ending in 1234')).toBeVisible();
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add SEPA Direct Debit' })),
    );

    const added = provider
      .getData()
      .paymentMethods.find((method) => method.type === 'sepa_debit' && method.ibanLast4 === '1234');
    expect(added).toMatchObject({ isDefault: false });
    await userEvent.click(
      screen.getByRole('button', { name: 'Set as default: SEPA Direct Debit ending in 1234' }),
    );
    await vi.waitFor(() =>
      expect(provider.getData().paymentMethods.find((method) => method.id === added?.id)?.isDefault).toBe(
        true,
      ),
    );
    expect(
      await screen.findByText('SEPA Direct Debit ending in 1234 is now your default payment method.'),
    ).toBeInTheDocument();
    const row = document.activeElement as HTMLElement;
    expect(within(row).getByText('Default')).toBeVisible();
    expect(within(row).getByText('SEPA Direct Debit ending in 1234')).toBeVisible();
    expect(provider.calls.startAddPaymentMethod).toBe(1);
    expect(provider.calls.setDefaultPaymentMethod).toBe(1);
  });
});

describe('given the host form is cancelled', () => {
  it('adds nothing and returns focus to the button that opened it', async () => {
    const provider = demoProvider(supportScaleData());
    renderMethods(provider);
    await userEvent.click(await screen.findByRole('button', { name: 'Add card' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add card' })),
    );
    expect(provider.getData().paymentMethods).toHaveLength(3);
  });
});

describe.each(['light', 'dark'] as const)('given the payment methods in the %s theme', (theme) => {
  it('passes every axe rule, with the remove confirmation open too', async () => {
    renderMethods(demoProvider(supportScaleData()), { theme });
    await screen.findByText('Visa ending in 4242');
    let results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Visa ending in 4242' }));
    await screen.findByRole('alertdialog');
    results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
