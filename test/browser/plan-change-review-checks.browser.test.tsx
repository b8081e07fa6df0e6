import { within } from '@testing-library/react';
import type { PlanChangePreview } from 'subscription-kit/core';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { basicSubscriberData, demoProvider } from '../../stories/scenarios';
import { openPlanModal, renderPlanModals, reviewUpgradeToScale } from '../support/plan-modals';

/*
 * A hostile backend's previews: the review checks a preview before it shows it, so a figure that
 * does not add up is an error and never a price; the amount the customer saw travels with the
 * change, and a backend that would charge another refuses, sending the customer back to a fresh
 * review.
 */

/** The Ecommerce Basic customer's backend, answering its first `times` previews through `tamper`. */
function tamperedProvider(tamper: (preview: PlanChangePreview) => PlanChangePreview, times = Infinity) {
  const provider = demoProvider(basicSubscriberData());
  const changeKeys: string[] = [];
  let tampered = 0;
  const hostile: MemoryDataProvider = {
    ...provider,
    async previewChange(params) {
      const preview = await provider.previewChange(params);
      tampered += 1;
      return tampered <= times ? tamper(preview) : preview;
    },
    changePlan(params) {
      changeKeys.push(params.idempotencyKey);
      return provider.changePlan(params);
    },
  };
  return { provider, hostile, changeKeys };
}

/** Opens the modal on `provider` and the review of the upgrade to Ecommerce Scale. */
async function openReviewOfScale(provider: MemoryDataProvider) {
  renderPlanModals(provider);
  const dialog = await openPlanModal('Change plan');
  await reviewUpgradeToScale(dialog);
  return dialog;
}

/** The review shows an error in place of the preview, and no way to confirm it. */
async function expectRefusedPreview(dialog: HTMLElement, hidden: string | RegExp) {
  const alert = await within(dialog).findByRole('alert');
  expect(within(alert).getByText('The billing service sent something unexpected')).toBeVisible();
  expect(within(dialog).queryByText(hidden)).toBeNull();
  expect(within(dialog).queryByRole('button', { name: 'Confirm upgrade' })).toBeNull();
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('given a preview of −€120 and +€490 with €1.00 due', () => {
  it('shows an error instead of the figure, and offers no confirmation', async () => {
    const { hostile, provider } = tamperedProvider((preview) => ({
      ...preview,
      lines: [
        { ...(preview.lines[0] as PlanChangePreview['lines'][number]), amount: eur(-12_000) },
        { ...(preview.lines[1] as PlanChangePreview['lines'][number]), amount: eur(49_000) },
      ],
      amountDue: eur(100),
    }));
    const dialog = await openReviewOfScale(hostile);
    await expectRefusedPreview(dialog, '€1.00');
    expect(provider.calls.changePlan).toBe(0);
  });
});

describe('given lines in EUR with the amount due in JPY', () => {
  it('shows an error instead of "¥37,000"', async () => {
    const { hostile } = tamperedProvider((preview) => {
      const sum = preview.lines.reduce((total, line) => total + line.amount.amount, 0);
      return { ...preview, amountDue: { amount: sum, currency: 'JPY' } };
    });
    const dialog = await openReviewOfScale(hostile);
    await expectRefusedPreview(dialog, /¥/);
  });
});

describe.each([
  ['another plan', { planId: 'ecommerce-basic' }],
  ['another interval', { interval: 'year' as const }],
])('given a preview for %s than the one chosen', (_, swap) => {
  it('shows an error instead of it, and nothing can be confirmed', async () => {
    const { hostile, provider } = tamperedProvider((preview) => ({ ...preview, ...swap }));
    const dialog = await openReviewOfScale(hostile);
    await expectRefusedPreview(dialog, '€151.21');
    expect(provider.calls.changePlan).toBe(0);
  });
});

describe('given an upgrade previewed with no lines and nothing due', () => {
  it('says "Nothing to pay now" in words, and confirming it never charges a different amount', async () => {
    const { hostile, provider, changeKeys } = tamperedProvider(
      (preview) => ({ ...preview, lines: [], amountDue: eur(0), tax: eur(0), total: eur(0) }),
      1,
    );
    const invoicesBefore = provider.getData().invoices.length;
    const dialog = await openReviewOfScale(hostile);
    expect(await within(dialog).findByText('Nothing to pay now')).toBeVisible();
    expect(within(dialog).queryByText('€0.00')).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('The amount has changed')).toBeVisible();
    expect(within(alert).getByText('Review the new amount, then confirm again.')).toBeVisible();
    expect(provider.getData().subscription?.planId).toBe('ecommerce-basic');
    expect(provider.getData().invoices).toHaveLength(invoicesBefore);

    // A fresh review with the amount the change really costs, confirmed under the same key.
    expect(await within(dialog).findByText('€151.21')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    expect(await within(dialog).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    const [invoice] = provider.getData().invoices;
    expect(invoice?.subtotal).toEqual(eur(15_121));
    expect(changeKeys).toEqual([changeKeys[0], changeKeys[0]]);
  });
});
