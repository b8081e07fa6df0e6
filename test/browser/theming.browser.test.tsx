import { cleanup, render, screen } from '@testing-library/react';
import { BillingErrorMessage, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { demoClock, demoProvider } from '../../stories/scenarios';

/*
 * Where a host redefines the tokens: on `.sk-Root`, which sets every token on itself, scoped by any
 * ancestor selector it likes. A value set only on an ancestor does not reach the kit.
 */

const BRAND = 'rgb(15, 118, 110)';
const BRAND_DARK = 'rgb(94, 234, 212)';
/** The shipped primary colour, per theme. */
const SHIPPED: Record<Theme, string> = { light: 'rgb(67, 56, 202)', dark: 'rgb(129, 140, 248)' };

/** A host page: its own unlayered stylesheet, then a standalone part inside its `.host` area. */
function renderOnHostPage(css: string, theme: Theme) {
  render(
    <div className="host">
      <style>{css}</style>
      <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock} theme={theme}>
        <BillingErrorMessage code="card_expired" onUpdatePaymentMethod={() => undefined} />
      </SubscriptionKitProvider>
    </div>,
  );
  return getComputedStyle(screen.getByRole('button', { name: 'Update payment method' })).backgroundColor;
}

afterEach(cleanup);

describe('given a host that redefines the primary colour on .sk-Root within its area', () => {
  const css = `
    .host .sk-Root { --sk-primary: ${BRAND}; }
    .host .sk-Root[data-sk-theme='dark'] { --sk-primary: ${BRAND_DARK}; }
  `;

  it('draws the primary action in its colour in the light theme', () => {
    expect(renderOnHostPage(css, 'light')).toBe(BRAND);
  });

  it('draws the primary action in its dark colour in the dark theme', () => {
    expect(renderOnHostPage(css, 'dark')).toBe(BRAND_DARK);
  });
});

describe('given a host that sets the primary colour only on an ancestor of the kit', () => {
  it.each(['light', 'dark'] as const)('keeps the shipped %s colour, as the stylesheet says', (theme) => {
    expect(renderOnHostPage(`.host { --sk-primary: ${BRAND}; }`, theme)).toBe(SHIPPED[theme]);
  });
});

describe("given data-sk-theme='dark' on an ancestor and the provider's default theme", () => {
  it('draws the kit in the dark theme', () => {
    render(
      <div data-sk-theme="dark">
        <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock}>
          <BillingErrorMessage code="card_expired" onUpdatePaymentMethod={() => undefined} />
        </SubscriptionKitProvider>
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Update payment method' });
    expect(getComputedStyle(button).backgroundColor).toBe(SHIPPED.dark);
  });
});
