import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { PaymentMethods, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DemoHostPaymentForm } from '../../stories/demo-host-payment-form';
import { shippedTranslations } from '../../stories/locales';
import { demoClock, demoProvider, supportScaleData } from '../../stories/scenarios';
import { tabTo } from '../support/keyboard';

function renderMethods(provider: MemoryDataProvider, { theme = 'light' as Theme, locale = 'en' } = {}) {
  return render(
    <main>
      <SubscriptionKitProvider
        dataProvider={provider}
        now={demoClock}
        theme={theme}
        locale={locale}
        translations={shippedTranslations}
      >
        <PaymentMethods
          renderAddPaymentMethod={(props) => <DemoHostPaymentForm {...props} provider={() => provider} />}
        />
      </SubscriptionKitProvider>
    </main>,
  );
}

describe.each([
  {
    locale: 'en',
    card: 'Visa ending in 4242',
    remove: 'Remove Visa ending in 4242',
    reason:
      'Your subscription is paid with this method. To remove it, make another method the default first.',
    expired: 'Remove Mastercard ending in 4444',
    makeSepaDefault: 'Set as default: SEPA Direct Debit ending in 3000',
  },
  {
    locale: 'da',
    card: 'Visa der slutter på 4242',
    remove: 'Fjern Visa der slutter på 4242',
    reason:
      'Dit abonnement betales med denne metode. Gør først en anden metode til standard, hvis du vil fjerne den.',
    expired: 'Fjern Mastercard der slutter på 4444',
    makeSepaDefault: 'Indstil som standard: SEPA Direct Debit der slutter på 3000',
  },
])(
  'given the default card pays for a paid subscription ($locale)',
  ({ locale, card, remove, reason, expired, makeSepaDefault }) => {
    it('offers no Remove on it and says why in its row; the other cards keep theirs', async () => {
      renderMethods(demoProvider(supportScaleData()), { locale });
      const row = (await screen.findByText(card)).closest('li') as HTMLElement;
      expect(within(row).getByText(reason)).toBeVisible();
      expect(screen.queryByRole('button', { name: remove })).toBeNull();
      expect(screen.getByRole('button', { name: expired })).toBeVisible();
    });

    it('offers Remove on it once another method is the default, and the note moves there', async () => {
      renderMethods(demoProvider(supportScaleData()), { locale });
      await userEvent.click(await screen.findByRole('button', { name: makeSepaDefault }));
      expect(await screen.findByRole('button', { name: remove })).toBeVisible();
      // The note moves with the default mark: it now stands in the SEPA row only.
      expect(screen.getAllByText(reason)).toHaveLength(1);
      expect(within(screen.getByText(card).closest('li') as HTMLElement).queryByText(reason)).toBeNull();
    });
  },
);

describe('given an expired card', () => {
  it.each([
    { locale: 'en', card: 'Mastercard ending in 4444', setDefault: /^Set as default/ },
    { locale: 'da', card: 'Mastercard der slutter på 4444', setDefault: /^Indstil som standard/ },
  ])(
    'offers no "Set as default" on it, only on methods that can pay ($locale)',
    async ({ locale, card, setDefault }) => {
      renderMethods(demoProvider(supportScaleData()), { locale });
      const row = (await screen.findByText(card)).closest('li') as HTMLElement;
      expect(within(row).queryByRole('button', { name: setDefault })).toBeNull();
      expect(screen.getAllByRole('button', { name: setDefault })).toHaveLength(1);
    },
  );
});

describe('given a provider that refuses a removal the list offered', () => {
  it('says what it is and what to do, offers no second Remove, and keeps it; Escape returns to the row', async () => {
    const provider = demoProvider(supportScaleData(), {
      faults: { removePaymentMethod: 'payment_method_required' },
    });
    renderMethods(provider);
    await screen.findByText('Visa ending in 4242');
    const trigger = await tabTo('Remove Mastercard ending in 4444');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Mastercard ending in 4444?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Remove' }));
    await userEvent.keyboard('{Enter}');
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('Your subscription is paid with this payment method')).toBeVisible();
    expect(
      within(alert).getByText(
        'Add or choose another payment method and make it the default, then remove this one.',
      ),
    ).toBeVisible();
    expect(within(alert).queryByText(/Features in use/)).toBeNull();
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(provider.getData().paymentMethods.map((method) => method.id)).toContain('pm_mastercard_expired');
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
    await userEvent.click(screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' }));
    await screen.findByRole('alertdialog');
    results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
