import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { BillingErrorMessage, SUPPORTED_LOCALES } from 'subscription-kit';
import { type BillingErrorCode, formatCompactNumber, formatMoney, type Money } from 'subscription-kit/core';
import './foundations.css';

const ERROR_EXAMPLES: readonly BillingErrorCode[] = ['card_expired', 'over_usage_limits', 'network'];

/** Figures worth seeing in every locale: a list price, an amount with minor units, a currency without. */
const MONEY_EXAMPLES: readonly { label: string; money: Money; trim?: boolean }[] = [
  { label: 'List price, EUR', money: { amount: 19_000, currency: 'EUR' }, trim: true },
  { label: 'Amount due, EUR', money: { amount: 2_419, currency: 'EUR' } },
  { label: 'Amount due, DKK', money: { amount: 149_950, currency: 'DKK' } },
  { label: 'No minor units, JPY', money: { amount: 5_000, currency: 'JPY' } },
];
const COUNT_EXAMPLES = [50_000, 2_000_000] as const;
/** A fixed instant: dates are shown in UTC, so a period boundary reads as the same day for everyone. */
const DATE_EXAMPLE = new Date('2026-03-31T00:00:00Z');

function ContentGuidelinesPage() {
  return (
    <main className="sk-Root sb-Page">
      <h1>Content guidelines</h1>
      <h2>Voice</h2>
      <ul>
        <li>
          Speak to the customer as “you”, about “your plan”, in short sentences a person would say aloud.
        </li>
        <li>
          Say what happens, to what and when, exactly: “Your plan changes to Support Basic on April 5”, not
          “Your request has been processed”. “Nothing to pay today” is said in words, never as €0.00 alone.
        </li>
        <li>Name plans, metrics and features as the customer knows them; no codes, ids or raw keys.</li>
        <li>
          Recommendations say why (“You chose an e-commerce assistant template”), never just “Best value”.
        </li>
        <li>
          Every string exists in English, Danish, German, Spanish and French; a missing key fails the tests.
        </li>
      </ul>
      <h2>Errors</h2>
      <p>
        The title says what happened, in the customer’s terms; the recovery says what to do next, and the
        button does it (“Update payment method”, “Try again”). When a change did not happen, a first sentence
        says so (“Your plan has not changed.”): nothing is ever half-applied. Never blame the customer, never
        show a status code. These are live, in the toolbar’s locale:
      </p>
      <div className="sb-Column">
        {ERROR_EXAMPLES.map((code) => (
          <BillingErrorMessage
            key={code}
            code={code}
            announce={false}
            onRetry={() => {}}
            onUpdatePaymentMethod={() => {}}
          />
        ))}
      </div>
      <h2>Numbers, money and dates</h2>
      <p>
        Money is integer minor units and an ISO currency, formatted with <code>formatMoney</code> from{' '}
        <code>subscription-kit/core</code> for the active locale; amounts in different currencies are never
        added or compared. List prices drop “.00”; amounts due keep their cents. Limits are written short with{' '}
        <code>formatCompactNumber</code> only where the language reads a short thousand at a glance (English
        “50K”); Danish “50 t.” would read as fifty hours, so other languages write thousands in full. Dates
        are long and in UTC. Every cell below comes from the formatters:
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="sb-Table-scroll" aria-label="Formats per locale" tabIndex={0}>
        <table className="sb-Table" aria-label="Formats per locale">
          <thead>
            <tr>
              <th scope="col">Locale</th>
              {MONEY_EXAMPLES.map(({ label }) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
              {COUNT_EXAMPLES.map((count) => (
                <th key={count} scope="col">
                  Limit of {count.toLocaleString('en')}
                </th>
              ))}
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {SUPPORTED_LOCALES.map((locale) => (
              <tr key={locale} data-locale={locale}>
                <th scope="row">{locale}</th>
                {MONEY_EXAMPLES.map(({ label, money, trim }) => (
                  <td key={label}>{formatMoney(money, locale, { trimWholeAmounts: trim === true })}</td>
                ))}
                {COUNT_EXAMPLES.map((count) => (
                  <td key={count}>{formatCompactNumber(count, locale)}</td>
                ))}
                <td>
                  {new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
                    DATE_EXAMPLE,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

const meta = {
  title: 'Foundations/Content guidelines',
  component: ContentGuidelinesPage,
  tags: ['!autodocs'],
} satisfies Meta<typeof ContentGuidelinesPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Voice, error wording and formats, with live examples from the library. */
export const ContentGuidelines: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const expired = canvasElement.querySelector('[data-code="card_expired"] .sk-ErrorMessage-title');
    await expect(expired).toBeVisible();
    await expect(expired).not.toHaveTextContent('card_expired');
    const table = page.getByRole('table', { name: 'Formats per locale' });
    const danish = within(table).getByRole('rowheader', { name: 'da' }).closest('tr');
    await expect(danish).toHaveTextContent('1.499,50 kr.');
    await expect(danish).toHaveTextContent('50.000');
    const english = within(table).getByRole('rowheader', { name: 'en' }).closest('tr');
    await expect(english).toHaveTextContent('€190');
    await expect(english).toHaveTextContent('50K');
  },
};
