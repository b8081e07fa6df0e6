import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { PlanCard, SubscriptionKitProvider } from 'subscription-kit';
import { describe, expect, it, vi } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { planNamed } from '../../stories/scenarios';

/*
 * A locale Intl cannot take (`en_US` with an underscore, `xx-!!`) would make every price and date
 * throw while rendering, and the host's whole page with it. The provider falls back instead, and
 * says so once.
 */

const basic = planNamed('Ecommerce Basic');

function warningsAbout(spy: { mock: { calls: unknown[][] } }, locale: string): unknown[][] {
  return spy.mock.calls.filter(([message]) => String(message).includes(`"${locale}"`));
}

describe('given the locale "en_US", which Intl refuses', () => {
  it('shows the card in English and warns once, naming the locale', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(
      <SubscriptionKitProvider locale="en_US">
        <PlanCard plan={basic} />
      </SubscriptionKitProvider>,
    );
    rerender(
      <SubscriptionKitProvider locale="en_US">
        <PlanCard plan={basic} interval="year" />
      </SubscriptionKitProvider>,
    );

    expect(screen.getByRole('button', { name: 'Select Ecommerce Basic' })).toBeInTheDocument();
    expect(screen.getByText('€1,900 billed annually')).toBeInTheDocument();
    expect(warningsAbout(warn, 'en_US')).toHaveLength(1);
    expect(String(warningsAbout(warn, 'en_US')[0]?.[0])).toContain('"en"');
  });
});

describe('given the locale "xx-!!" and the host\'s i18next instance in German', () => {
  it('falls back to the instance’s language: German words and German numbers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hostI18n = createInstance();
    await hostI18n.init({ lng: 'de', resources: {} });
    render(
      <SubscriptionKitProvider locale="xx-!!" i18n={hostI18n} translations={shippedTranslations}>
        <PlanCard plan={basic} interval="year" />
      </SubscriptionKitProvider>,
    );

    expect(await screen.findByRole('button', { name: 'Ecommerce Basic auswählen' })).toBeInTheDocument();
    expect(screen.getByText(/1\.900 €/)).toBeInTheDocument();
    expect(warningsAbout(warn, 'xx-!!')).toHaveLength(1);
  });
});

describe('given a locale Intl takes', () => {
  it('uses it as it is, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <SubscriptionKitProvider locale="en-GB">
        <PlanCard plan={basic} />
      </SubscriptionKitProvider>,
    );

    expect(screen.getByRole('button', { name: 'Select Ecommerce Basic' })).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });
});
