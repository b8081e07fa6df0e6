import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { PlanCard, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { shippedTranslations } from '../../stories/locales';
import { planNamed } from '../../stories/scenarios';

const basic = planNamed('Ecommerce Basic');
const scale = planNamed('Ecommerce Scale');
const enterprise = planNamed('Enterprise');

function renderTiers(theme: Theme, locale = 'en', onSelect = vi.fn()) {
  // Inside <main>, as in a host's dashboard: axe's `region` rule is about the page, not the card.
  render(
    <main>
      <SubscriptionKitProvider locale={locale} theme={theme} translations={shippedTranslations}>
        <PlanCard plan={basic} current onSelect={onSelect} />
        <PlanCard plan={scale} recommended onSelect={onSelect} />
        <PlanCard plan={enterprise} onSelect={onSelect} />
      </SubscriptionKitProvider>
    </main>,
  );
  return onSelect;
}

async function violationsOnPage() {
  const results = await axe.run(document.body);
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length} node(s)`);
}

describe.each(['light', 'dark'] as const)('given the three tiers in the %s theme, in Chromium', (theme) => {
  it('passes every axe rule, colour contrast included', async () => {
    renderTiers(theme);
    expect(await violationsOnPage()).toEqual([]);
  });

  it('passes every axe rule in Danish', async () => {
    renderTiers(theme, 'da');
    expect(await violationsOnPage()).toEqual([]);
  });
});

describe('given a keyboard user', () => {
  it('reaches each Select button with Tab and chooses a plan with Enter', async () => {
    const onSelect = renderTiers('light');
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Selected' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Select Ecommerce Scale' }));
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(scale);
  });

  it('does nothing when Enter is pressed on the current plan', async () => {
    const onSelect = renderTiers('light');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe('given the styles', () => {
  it('draws the recommended card with the primary colour and the current button apart from Select', () => {
    renderTiers('light');
    const recommended = screen.getByRole('article', { name: 'Ecommerce Scale' });
    const regular = screen.getByRole('article', { name: 'Enterprise' });
    expect(getComputedStyle(recommended).borderTopColor).not.toBe(getComputedStyle(regular).borderTopColor);
    const selected = screen.getByRole('button', { name: 'Selected' });
    const select = screen.getByRole('button', { name: 'Select Enterprise' });
    expect(getComputedStyle(selected).backgroundColor).not.toBe(getComputedStyle(select).backgroundColor);
  });
});
