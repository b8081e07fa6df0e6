import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { type BillingErrorCode, BillingErrorMessage, SubscriptionKitProvider } from 'subscription-kit';
import { billingErrorCodes } from 'subscription-kit/core';
import { describe, expect, it, vi } from 'vitest';

/*
 * Each error code says its own thing: its own title and its own recovery text in every locale, and
 * a recovery action that can work (no "Try again" where repeating the request cannot change the
 * answer; "Update payment method" only for a payment failure, and only where the host gave a way).
 */

type Messages = Record<string, { title: string; resolution: string }>;

const LOCALES = ['en', 'da', 'de', 'es', 'fr'] as const;

function errorsOf(locale: string): Messages {
  const file = join(import.meta.dirname, '../../locales', locale, 'subscription-kit.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { errors: Messages }).errors;
}

/** The codes whose `field` is the same text as another code's, e.g. `network = unknown: "…"`. */
function sharedTexts(messages: Messages, field: 'title' | 'resolution'): string[] {
  const codesByText = new Map<string, string[]>();
  for (const code of billingErrorCodes) {
    const text = messages[code]?.[field].trim().toLocaleLowerCase();
    if (text === undefined) continue;
    codesByText.set(text, [...(codesByText.get(text) ?? []), code]);
  }
  return [...codesByText]
    .filter(([, codes]) => codes.length > 1)
    .map(([text, codes]) => `${codes.join(' = ')}: "${text}"`);
}

describe.each(LOCALES)('given the %s error messages', (locale) => {
  const messages = errorsOf(locale);

  it('gives every code a title and a recovery text', () => {
    const missing = billingErrorCodes.filter(
      (code) => !messages[code]?.title.trim() || !messages[code]?.resolution.trim(),
    );
    expect(missing).toEqual([]);
  });

  it('gives no two codes the same title', () => {
    expect(sharedTexts(messages, 'title')).toEqual([]);
  });

  it('gives no two codes the same recovery text', () => {
    expect(sharedTexts(messages, 'resolution')).toEqual([]);
  });
});

describe('given a locale where two codes would share a text', () => {
  it('names both codes', () => {
    const messages = errorsOf('en');
    const copied = { ...messages, unknown: { ...messages.unknown, title: messages.network?.title ?? '' } };
    expect(sharedTexts(copied as Messages, 'title')).toEqual([
      `network = unknown: "${messages.network?.title.toLocaleLowerCase()}"`,
    ]);
  });
});

/** Codes where the same request, sent again, meets the same refusal: nothing to retry. */
const NOT_RETRYABLE: BillingErrorCode[] = [
  'over_usage_limits',
  'feature_in_use',
  'payment_method_required',
  'plan_unavailable',
  'amount_changed',
  'unauthorized',
  'currency_mismatch',
];

const PAYMENT_FAILURES: BillingErrorCode[] = ['payment_declined', 'insufficient_funds', 'card_expired'];

function renderMessage(code: BillingErrorCode, options: { withPaymentMethod?: boolean } = {}) {
  return render(
    <SubscriptionKitProvider supportUrl="https://example.com/support">
      <BillingErrorMessage
        code={code}
        onRetry={vi.fn()}
        onUpdatePaymentMethod={options.withPaymentMethod ? vi.fn() : undefined}
      />
    </SubscriptionKitProvider>,
  );
}

describe.each(billingErrorCodes)('given a %s error with every way out on offer', (code) => {
  const english = errorsOf('en')[code];

  it('shows its own title and recovery text', () => {
    renderMessage(code, { withPaymentMethod: true });
    expect(screen.getByRole('alert')).toHaveTextContent(english?.title ?? '');
    expect(screen.getByRole('alert')).toHaveTextContent(english?.resolution ?? '');
  });

  it('offers "Try again" only where trying again can work', () => {
    renderMessage(code, { withPaymentMethod: true });
    const retry = screen.queryByRole('button', { name: 'Try again' });
    if (NOT_RETRYABLE.includes(code)) expect(retry).toBeNull();
    else expect(retry).toBeVisible();
  });

  it('does not tell the customer to try again where it offers no "Try again"', () => {
    renderMessage(code);
    if (screen.queryByRole('button', { name: 'Try again' }) === null) {
      expect(english?.resolution).not.toMatch(/try again/i);
    }
  });

  it('offers "Update payment method" for a payment failure only, and only when the host gave a way', () => {
    renderMessage(code, { withPaymentMethod: true });
    const update = screen.queryByRole('button', { name: 'Update payment method' });
    if (PAYMENT_FAILURES.includes(code)) expect(update).toBeVisible();
    else expect(update).toBeNull();
  });
});

describe('given an expired card and no way to update the payment method', () => {
  it('offers no "Try again": the same card would be refused again', () => {
    renderMessage('card_expired');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Update payment method' })).toBeNull();
  });
});
