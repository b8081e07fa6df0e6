import { render, screen } from '@testing-library/react';
import { BillingSummary, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { describe, expect, it } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { accountData, demoClock, demoProvider } from '../../stories/scenarios';

/*
 * What annual billing would save is a note, not a control: nothing on it can be pressed, so nothing
 * makes it look pressable (no filled, rounded box, no bold label, no pointer), and it does not
 * tell the customer to do what it offers no way to do.
 */

describe.each([
  {
    locale: 'en',
    theme: 'light' as Theme,
    text: /^On annual billing you would save 16\s?% \(€980 a year\)\.$/,
  },
  { locale: 'da', theme: 'dark' as Theme, text: /^Med årlig fakturering ville du spare 16\s%/ },
])('given a monthly subscriber in $locale ($theme)', ({ locale, theme, text }) => {
  it('states the annual saving as a plain note that does not look like a button', async () => {
    render(
      <main>
        <SubscriptionKitProvider
          dataProvider={demoProvider(accountData('supportTemplate'))}
          now={demoClock}
          locale={locale}
          theme={theme}
          translations={shippedTranslations}
        >
          <BillingSummary />
        </SubscriptionKitProvider>
      </main>,
    );
    const note = await screen.findByText(text);
    expect(note).toBeVisible();
    expect(note.closest('button, a, [role="button"], label')).toBeNull();
    const style = getComputedStyle(note);
    expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(Number.parseInt(style.fontWeight, 10)).toBeLessThan(600);
    expect(style.cursor).not.toBe('pointer');
    expect(style.borderTopWidth).toBe('0px');
  });
});
