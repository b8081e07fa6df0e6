import { render, screen, within } from '@testing-library/react';
import { BillingSummary, SubscriptionKitProvider, UsageMeters } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { createMemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import da from '../../locales/da/subscription-kit.json';
import en from '../../locales/en/subscription-kit.json';
import { shippedTranslations } from '../../stories/locales';
import { demoClock, usageData } from '../../stories/scenarios';

/** Ecommerce Basic, monthly, 30,000 conversations 20 days into a 28-day period: heading for 42,000. */
function basicAt30000() {
  return createMemoryDataProvider({
    now: demoClock,
    data: usageData({
      daysIn: 20,
      usage: { conversations: 30_000, documents: 300, assistants: 2, seats: 3, aiTokens: 1_200_000 },
    }),
  });
}

/** The part of a template before `{{cut}}`, with `{{value}}` filled in. */
function prefixOf(template: string, cut: string, value = ''): string {
  return (template.split(`{{${cut}}}`)[0] ?? '').replace('{{value}}', value);
}

describe.each([
  { locale: 'en', strings: en, pace: '47,000' },
  { locale: 'da', strings: da, pace: '47.000' },
])(
  'given a 30,000-conversation Ecommerce Basic customer switched to annual billing ($locale)',
  ({ locale, strings, pace }) => {
    it("counts the new period from zero, projects it at last period's pace, and bills and nudges nothing more", async () => {
      const provider = basicAt30000();
      const intent = { planId: 'ecommerce-basic', interval: 'year' } as const;
      const { amountDue } = await provider.previewChange(intent);
      await provider.changePlan({ ...intent, idempotencyKey: 'to-annual', expectedAmountDue: amountDue });

      render(
        <main>
          <SubscriptionKitProvider
            dataProvider={provider}
            now={demoClock}
            locale={locale}
            translations={shippedTranslations}
          >
            <BillingSummary />
            <UsageMeters />
          </SubscriptionKitProvider>
        </main>,
      );

      const meter = await screen.findByRole('meter', { name: strings.usageMeters.metrics.conversations });
      expect(meter).toHaveAttribute('aria-valuenow', '0');
      const hint = document.getElementById(meter.getAttribute('aria-describedby') ?? '');
      // 30,000 in the 20 days before the switch: 1,500 a day over the 31 days of the new month.
      expect(hint?.textContent).toContain(
        prefixOf(strings.usageMeters.projectionPreviousPeriod, 'date', pace),
      );
      expect(hint).toBeVisible();
      // The new period is a month of the year that starts now: day 1 of 31.
      expect(document.querySelector('[data-slot="period"]')?.textContent).toContain(
        strings.usageMeters.period.replace('{{range}}', '').replace('{{day}}', '1').replace('{{days}}', '31'),
      );

      const upcoming = await screen.findByText(
        new RegExp(prefixOf(strings.billingSummary.upcoming.title, 'date')),
      );
      expect(upcoming).toBeVisible();
      expect(
        screen.queryByText(new RegExp(prefixOf(strings.billingSummary.upcoming.overage, 'over'))),
      ).toBeNull();
      expect(screen.queryByRole('region', { name: strings.usageMeters.nudge.title })).toBeNull();
      expect(screen.queryByRole('button', { name: /Enterprise/ })).toBeNull();
      for (const projection of screen.getAllByRole('meter')) {
        const text =
          document.getElementById(projection.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
        // No meter heads for hundreds of thousands (AI tokens count in millions, and are within limits).
        if (projection.closest('[data-metric]')?.getAttribute('data-metric') !== 'aiTokens') {
          expect(text).not.toMatch(/\d{3}[.,]\d{3}/);
        }
      }
      expect(within(document.body).queryByText(/930/)).toBeNull();
    });
  },
);
