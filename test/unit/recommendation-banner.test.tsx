import { render, screen, within } from '@testing-library/react';
import { RecommendationBanner, SubscriptionKitProvider } from 'subscription-kit';
import { recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { shippedTranslations } from '../../stories/locales';

function renderBanner(account: keyof typeof demoAccounts, locale = 'en') {
  const recommendation = recommendPlans({ catalog: demoPlans, account: demoAccounts[account], now: demoNow });
  render(
    <SubscriptionKitProvider locale={locale} translations={shippedTranslations}>
      <RecommendationBanner recommendation={recommendation} />
    </SubscriptionKitProvider>,
  );
  const banner = screen.getByRole('region', {
    name: locale === 'da' ? 'Anbefalet til dig' : 'Recommended for you',
  });
  return within(banner)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('given an e-commerce trial with Shopify connected', () => {
  it('explains the recommendation by template, integration and projected usage', () => {
    expect(renderBanner('ecommerceTrial')).toEqual(
      expect.arrayContaining([
        'You chose an e-commerce assistant template',
        'It includes your Shopify integration',
        'Your trial points to about 42,000 conversations a month',
      ]),
    );
  });

  it('says the same in Danish', () => {
    expect(renderBanner('ecommerceTrial', 'da')).toEqual(
      expect.arrayContaining([
        'Du valgte en e-handelsassistent skabelon',
        'Den inkluderer din Shopify-integration',
        'Dit prøveforbrug svarer til omkring 42.000 samtaler om måneden',
      ]),
    );
  });
});

describe('given an account with no usage data and an unknown template', () => {
  it('says that no usage data is known yet', () => {
    expect(renderBanner('unknownTemplate')).toContain(
      'We have no usage data yet, so this is the smallest plan that fits your setup',
    );
  });
});

describe('given an account beyond every plan of the catalog', () => {
  it('points to enterprise pricing and names the need', () => {
    const sentences = renderBanner('beyondCatalog');
    expect(sentences).toContain(
      "Your needs go beyond our standard plans: let's find the right setup together.",
    );
    expect(sentences.some((sentence) => /more than any standard plan includes/.test(sentence ?? ''))).toBe(
      true,
    );
  });
});

describe('given a 90,000-conversation trial that Ecommerce Scale holds with overage', () => {
  const recommendation = recommendPlans({
    catalog: demoPlans,
    account: {
      ...demoAccounts.ecommerceTrial,
      trialUsage: {
        start: '2026-02-01T00:00:00.000Z',
        end: '2026-03-03T00:00:00.000Z',
        usage: { conversations: 90_000 },
      },
    },
    now: demoNow,
  });

  it.each([
    ['en', 'Ecommerce Scale with about €40 of overage a month costs less than Enterprise'],
    ['da', 'Ecommerce Scale med omkring 40 € i merforbrug om måneden koster mindre end Enterprise'],
    ['de', 'Ecommerce Scale mit etwa 40 € Mehrnutzung pro Monat kostet weniger als Enterprise'],
    ['es', 'Ecommerce Scale, con unos 40 € de excedente al mes, cuesta menos que Enterprise'],
    ['fr', 'Ecommerce Scale, avec environ 40 € de dépassement par mois, coûte moins cher que Enterprise'],
  ])('says in %s that the overage costs less than the next plan, in its money format', (locale, sentence) => {
    const { container } = render(
      <SubscriptionKitProvider locale={locale} translations={shippedTranslations}>
        <RecommendationBanner recommendation={recommendation} />
      </SubscriptionKitProvider>,
    );
    const items = within(container)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s/g, ' '));
    expect(items).toContain(sentence);
  });
});
