import { within } from '@testing-library/react';
import 'subscription-kit/styles.css';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { annualBasicData, demoProvider, usageData, usageScenarios } from '../../stories/scenarios';
import { renderOpenPlanModal } from '../support/plan-modal';

/*
 * What each kind of change says, from the review to the outcome, in English and Danish: the plan
 * and the interval on both sides, when it takes effect, and what was charged.
 */

const words = {
  en: {
    select: (plan: string) => `Select ${plan}`,
    selected: 'Selected',
    seeAll: 'See all plans',
    annual: 'Annual',
    upgradeChange: 'Ecommerce Basic, monthly → Ecommerce Scale, monthly',
    confirmUpgrade: 'Confirm upgrade',
    appliedTitle: 'Your plan has changed',
    charged: /was charged to Visa ending in 4242 on March 16, 2026\./,
    done: 'Done',
    toYearly: 'Ecommerce Basic, monthly → Ecommerce Basic, yearly',
    renewalMoves: 'Your renewal date moves to March 16, 2027.',
    newPeriod: /Ecommerce Basic, yearly, new period March 16, 2026/,
    rightAway: /right away/,
    toMonthly: 'Ecommerce Basic, yearly → Ecommerce Basic, monthly',
    scheduledOn: /Takes effect on January 1, 2027/,
    immediately: /immediately/i,
    noChange: 'No change needed: you are already on Ecommerce Basic, billed monthly.',
    overPace: /about 5\d,000 conversations, more than the 50,000 included in Ecommerce Basic/,
    lost: 'No longer included in Ecommerce Basic:',
    lostItems: ['Abandoned-cart recovery', 'Priority support', 'Magento'],
  },
  da: {
    select: (plan: string) => `Vælg ${plan}`,
    selected: 'Valgt',
    seeAll: 'Se alle planer',
    annual: 'Årlig',
    upgradeChange: 'Ecommerce Basic, månedlig → Ecommerce Scale, månedlig',
    confirmUpgrade: 'Bekræft opgradering',
    appliedTitle: 'Din plan er skiftet',
    charged: /blev trukket på Visa der slutter på 4242 den 16\. marts 2026\./,
    done: 'Færdig',
    toYearly: 'Ecommerce Basic, månedlig → Ecommerce Basic, årlig',
    renewalMoves: 'Din fornyelsesdato flyttes til 16. marts 2027.',
    newPeriod: /Ecommerce Basic, årlig, ny periode 16\. marts 2026/,
    rightAway: /øjeblikkeligt/,
    toMonthly: 'Ecommerce Basic, årlig → Ecommerce Basic, månedlig',
    scheduledOn: /Træder i kraft den 1\. januar 2027/,
    immediately: /med det samme/i,
    noChange: 'Ingen ændringer nødvendige: du har allerede Ecommerce Basic, faktureres månedligt.',
    overPace: /omkring 5\d\.000 samtaler, mere end de 50\.000, der er inkluderet i Ecommerce Basic/,
    lost: 'Ikke længere inkluderet i Ecommerce Basic:',
    lostItems: ['Genvinding af forladte kurve', 'Prioriteret support', 'Magento'],
  },
} as const;

describe.each(['en', 'da'] as const)('in %s', (locale) => {
  const w = words[locale];

  describe('given an upgrade from Ecommerce Basic to Ecommerce Scale, both monthly', () => {
    it('states both plans and intervals in the review and after it, once, with what was charged and when', async () => {
      const provider = demoProvider();
      const dialog = await renderOpenPlanModal(provider, locale);
      await userEvent.click(await within(dialog).findByRole('button', { name: w.select('Ecommerce Scale') }));
      expect(await within(dialog).findByText(w.upgradeChange)).toBeVisible();
      await userEvent.click(await within(dialog).findByRole('button', { name: w.confirmUpgrade }));
      expect(await within(dialog).findByRole('heading', { name: w.appliedTitle })).toBeVisible();
      expect(within(dialog).getByText(w.upgradeChange)).toBeVisible();
      expect(within(dialog).getByText(w.charged)).toBeVisible();
      expect(within(dialog).getAllByText(w.done)).toHaveLength(1);
    });
  });

  describe('given Ecommerce Basic, monthly, moving to yearly', () => {
    it('says it applies now, names the new interval and period, and that the renewal date moves', async () => {
      const dialog = await renderOpenPlanModal(demoProvider(), locale);
      await userEvent.click(await within(dialog).findByRole('radio', { name: new RegExp(w.annual) }));
      await userEvent.click(await within(dialog).findByRole('button', { name: w.select('Ecommerce Basic') }));
      expect(await within(dialog).findByText(w.renewalMoves, { exact: false })).toBeVisible();
      expect(within(dialog).getByText(w.toYearly)).toBeVisible();
      expect(within(dialog).getByText(w.newPeriod)).toBeVisible();
      expect(within(dialog).queryByText(w.rightAway)).toBeNull();
    });
  });

  describe('given Ecommerce Basic, yearly, moving to monthly', () => {
    it('says it is scheduled for the end of the annual period', async () => {
      const dialog = await renderOpenPlanModal(demoProvider(annualBasicData()), locale);
      await userEvent.click(await within(dialog).findByRole('radio', { name: new RegExp(w.annual) }));
      await userEvent.click(within(dialog).getAllByRole('radio')[0] as HTMLElement);
      await userEvent.click(await within(dialog).findByRole('button', { name: w.select('Ecommerce Basic') }));
      expect(await within(dialog).findByText(w.scheduledOn)).toBeVisible();
      expect(within(dialog).getByText(w.toMonthly)).toBeVisible();
      expect(within(dialog).queryByText(w.immediately)).toBeNull();
    });
  });

  describe('given the customer chooses the plan and interval they are on', () => {
    it('says no change is needed', async () => {
      const dialog = await renderOpenPlanModal(demoProvider(), locale);
      await userEvent.click(
        (await within(dialog).findAllByRole('button', { name: w.selected }))[0] as HTMLElement,
      );
      expect(await within(dialog).findByText(w.noChange)).toBeVisible();
    });
  });

  describe('given Ecommerce Scale at a pace past the 50,000 conversations of Ecommerce Basic', () => {
    it('warns of the pace and lists the features and integrations the downgrade takes away', async () => {
      const data = usageData(usageScenarios.paceOverBasic);
      const dialog = await renderOpenPlanModal(demoProvider(data), locale);
      await userEvent.click(await within(dialog).findByRole('button', { name: w.seeAll }));
      // Basic is also the recommended plan (its overage costs less than Scale): take the catalog's card.
      const choices = await within(dialog).findAllByRole('button', { name: w.select('Ecommerce Basic') });
      await userEvent.click(choices.at(-1) as HTMLElement);
      expect(await within(dialog).findByText(w.overPace)).toBeVisible();
      const lost = within(dialog).getByRole('list', { name: w.lost });
      expect(
        within(lost)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(w.lostItems);
    });
  });
});
