import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { PlanCard, SubscriptionKitProvider } from 'subscription-kit';
import { describe, expect, it, vi } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { planNamed } from '../../stories/scenarios';

const basic = planNamed('Ecommerce Basic');
const enterprise = planNamed('Enterprise');

function renderIn(locale: string, ui: ReactNode) {
  return render(
    <SubscriptionKitProvider locale={locale} translations={shippedTranslations}>
      {ui}
    </SubscriptionKitProvider>,
  );
}

/** Visible text with runs of white space (including Intl's narrow no-break spaces) made plain. */
function textOf(element: Element) {
  return (element.textContent ?? '')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('given the Ecommerce Basic plan in English', () => {
  it('shows the name, the monthly price excluding tax, two metrics and the feature checklist', () => {
    renderIn('en', <PlanCard plan={basic} />);
    const card = screen.getByRole('article', { name: 'Ecommerce Basic' });
    expect(textOf(card.querySelector('[data-slot="price"]') as Element)).toBe('€190/month excl. tax');
    const metrics = card.querySelector('[data-slot="metrics"]') as Element;
    const pairs = Array.from(metrics.children, (metric) => Array.from(metric.children, textOf));
    expect(pairs).toEqual([
      ['conversations/month', '~50K'],
      ['assistants', '3'],
    ]);
    const features = screen.getByRole('list', { name: 'Included in Ecommerce Basic' });
    expect(Array.from(features.querySelectorAll('li'), textOf)).toEqual([
      '~50K conversations/month',
      '1K documents',
      '3 AI assistants',
    ]);
  });

  it('calls onSelect with the plan when Select is clicked', async () => {
    const onSelect = vi.fn();
    renderIn('en', <PlanCard plan={basic} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: 'Select Ecommerce Basic' }));
    expect(onSelect).toHaveBeenCalledWith(basic);
  });

  it('has no accessibility violations that jsdom can detect', async () => {
    const { container } = renderIn('en', <PlanCard plan={basic} recommended />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('given the current plan', () => {
  it('reads "Selected", is marked not actionable and never calls onSelect', async () => {
    const onSelect = vi.fn();
    renderIn('en', <PlanCard plan={basic} current onSelect={onSelect} />);
    const button = screen.getByRole('button', { name: 'Selected' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe('given the Danish locale', () => {
  it('shows the price as "190 €/md. ekskl. moms" and translated strings, never a raw key', () => {
    renderIn('da', <PlanCard plan={basic} current recommended />);
    const card = screen.getByRole('article', { name: 'Ecommerce Basic' });
    expect(textOf(card.querySelector('[data-slot="price"]') as Element)).toBe('190 €/md. ekskl. moms');
    expect(screen.getByRole('button', { name: 'Valgt' })).toBeInTheDocument();
    expect(screen.getByText('Anbefalet')).toBeInTheDocument();
    expect(textOf(card)).not.toMatch(/planCard\.|pricing\./);
  });
});

describe.each([
  {
    locale: 'en',
    tile: '~50K',
    features: ['~50K conversations/month', '1K documents'],
    tokens: '~200M AI tokens',
  },
  {
    locale: 'da',
    tile: 'ca. 50.000',
    features: ['ca. 50.000 samtaler/måned', '1.000 dokumenter'],
    tokens: 'ca. 200 mio. AI tokens',
  },
  {
    locale: 'de',
    tile: 'ca. 50.000',
    features: ['ca. 50.000 Konversationen/Monat', '1.000 Dokumente'],
    tokens: 'ca. 200 Mio. KI-Tokens',
  },
  {
    locale: 'es',
    tile: 'aprox. 50.000',
    features: ['aprox. 50.000 conversaciones/mes', '1000 documentos'],
    tokens: 'aprox. 200 M tokens de IA',
  },
  {
    locale: 'fr',
    tile: 'env. 50 000',
    features: ['environ 50 000 conversations/mois', '1 000 documents'],
    tokens: 'environ 200 M tokens IA',
  },
])('given the limits in $locale', ({ locale, tile, features, tokens }) => {
  it(`writes about fifty thousand as "${tile}", never with a word that reads as a unit of time`, () => {
    renderIn(locale, <PlanCard plan={basic} />);
    const card = screen.getByRole('article', { name: 'Ecommerce Basic' });
    expect(textOf(card.querySelector('.sk-PlanCard-metric dd') as Element)).toBe(tile);
    const list = textOf(card.querySelector('[data-slot="features"]') as Element);
    for (const feature of features) expect(list).toContain(feature);
  });

  it(`writes the enterprise tokens as "${tokens}"`, () => {
    renderIn(locale, <PlanCard plan={enterprise} />);
    expect(textOf(screen.getByRole('article').querySelector('[data-slot="features"]') as Element)).toContain(
      tokens,
    );
  });
});

describe('given an unlimited enterprise plan', () => {
  it('lists its AI tokens and says so instead of showing a number for unlimited metrics', () => {
    renderIn('en', <PlanCard plan={enterprise} />);
    const features = screen.getByRole('list', { name: 'Included in Enterprise' });
    expect(textOf(features)).toContain('~200M AI tokens');
  });
});

describe('given no SubscriptionKitProvider', () => {
  it('throws an error naming the component and the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<PlanCard plan={basic} />)).toThrow(
      '`PlanCard` must be used within `SubscriptionKitProvider`.',
    );
  });
});

describe('given a Danish locale without its strings passed in', () => {
  it('falls back to English and says which file to pass', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <SubscriptionKitProvider locale="da">
        <PlanCard plan={basic} />
      </SubscriptionKitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Select Ecommerce Basic' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('subscription-kit/locales/da/subscription-kit.json'),
    );
  });
});

describe('given the current plan and a way to say no change is needed', () => {
  it('is actionable and hands the plan to onSelectCurrent, never to onSelect', async () => {
    const onSelect = vi.fn();
    const onSelectCurrent = vi.fn();
    renderIn('en', <PlanCard plan={basic} current onSelect={onSelect} onSelectCurrent={onSelectCurrent} />);
    const button = screen.getByRole('button', { name: 'Selected' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(onSelectCurrent).toHaveBeenCalledWith(basic);
    expect(onSelect).not.toHaveBeenCalled();
  });
});
