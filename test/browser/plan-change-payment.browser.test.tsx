import { within } from '@testing-library/react';
import 'subscription-kit/styles.css';
import { formatMoney, money } from 'subscription-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { danishBasicSubscriberData, demoProvider } from '../../stories/scenarios';
import { renderOpenPlanModal } from '../support/plan-modal';

/* What the review of an upgrade says about money, as a customer portal does: the tax and the total,
 * the payment method charged, and the next renewal; and no Confirm without a method to charge. */

function euros(minor: number, locale: 'en' | 'da') {
  return formatMoney(money(minor, 'EUR'), locale);
}

const words = {
  en: {
    select: 'Select Ecommerce Scale',
    confirm: 'Confirm upgrade',
    tax: 'Tax',
    total: 'Total due now, incl. tax',
    method: 'Charged to Visa ending in 4242.',
    renewal: (amount: string) => `Renews on April 1, 2026 for ${amount}, excl. tax.`,
    none: 'There is no payment method to charge. Add one to make this change.',
    add: 'Add payment method',
  },
  da: {
    select: 'Vælg Ecommerce Scale',
    confirm: 'Bekræft opgradering',
    tax: 'Moms',
    total: 'I alt til betaling nu, inkl. moms',
    method: 'Trækkes på Visa der slutter på 4242.',
    renewal: (amount: string) => `Fornyes den 1. april 2026 for ${amount}, ekskl. moms.`,
    none: 'Der er ingen betalingsmetode at trække beløbet på. Tilføj en for at gennemføre skiftet.',
    add: 'Tilføj betalingsmetode',
  },
} as const;

describe.each(['en', 'da'] as const)('in %s', (locale) => {
  const w = words[locale];

  describe('given an upgrade charged now, with tax', () => {
    it('shows the tax, the total, the card charged and the next renewal', async () => {
      const provider = demoProvider(danishBasicSubscriberData());
      const preview = await provider.previewChange({ planId: 'ecommerce-scale', interval: 'month' });
      const dialog = await renderOpenPlanModal(provider, locale, { onUpdatePaymentMethod: vi.fn() });
      await userEvent.click(await within(dialog).findByRole('button', { name: w.select }));
      const table = await within(dialog).findByRole('table');
      expect(within(table).getByRole('rowheader', { name: w.tax })).toBeVisible();
      const total = within(table).getByRole('row', { name: new RegExp(w.total) });
      expect(within(total).getByRole('cell').textContent).toBe(
        euros(preview.total?.amount ?? Number.NaN, locale),
      );
      expect(within(dialog).getByText(w.method)).toBeVisible();
      const renewal = dialog.querySelector('[data-slot="next-renewal"]');
      expect(renewal).toBeVisible();
      expect(renewal?.textContent).toBe(w.renewal(euros(49_000, locale)));
      expect(within(dialog).getByRole('button', { name: w.confirm })).toBeVisible();
    });
  });

  describe('given an upgrade charged now and no payment method', () => {
    it('says so, offers to add one and has no Confirm', async () => {
      const onUpdatePaymentMethod = vi.fn();
      const provider = demoProvider({ ...danishBasicSubscriberData(), paymentMethods: [] });
      const dialog = await renderOpenPlanModal(provider, locale, { onUpdatePaymentMethod });
      await userEvent.click(await within(dialog).findByRole('button', { name: w.select }));
      expect(await within(dialog).findByText(w.none)).toBeVisible();
      expect(within(dialog).queryByRole('button', { name: w.confirm })).toBeNull();
      await userEvent.click(within(dialog).getByRole('button', { name: w.add }));
      expect(onUpdatePaymentMethod).toHaveBeenCalledTimes(1);
    });
  });
});
