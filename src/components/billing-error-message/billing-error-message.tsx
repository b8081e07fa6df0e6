import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { BillingErrorCode } from '../../core';
import { useScopedPartProps } from '../shared/root-scope';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * BillingErrorMessage
 * -----------------------------------------------------------------------------------------------*/

const BILLING_ERROR_MESSAGE_NAME = 'BillingErrorMessage';

/** A failed payment: the customer fixes it with the payment method (the troubleshooting table). */
type PaymentFailureCode = 'payment_declined' | 'insufficient_funds' | 'card_expired';

/**
 * What can work after each code, besides its resolution text: `retry` offers "Try again" (`true`
 * when the same request can succeed as it is, `'after_update'` only next to "Update payment
 * method"), `paymentMethod` offers "Update payment method" when the host gave a way, `support`
 * links the host's support. Never "Try again" where repeating the request cannot change the answer.
 */
const RECOVERY: Record<
  BillingErrorCode,
  { retry: boolean | 'after_update'; paymentMethod?: true; support?: true }
> = {
  payment_declined: { retry: true, paymentMethod: true },
  insufficient_funds: { retry: true, paymentMethod: true },
  card_expired: { retry: 'after_update', paymentMethod: true },
  authentication_required: { retry: true },
  over_usage_limits: { retry: false },
  feature_in_use: { retry: false },
  payment_method_required: { retry: false },
  plan_unavailable: { retry: false, support: true },
  amount_changed: { retry: false },
  unauthorized: { retry: false },
  not_found: { retry: true },
  rate_limited: { retry: true },
  network: { retry: true },
  invalid_response: { retry: true, support: true },
  currency_mismatch: { retry: false, support: true },
  unknown: { retry: true },
};

/** True for the codes of a failed payment: declined, insufficient funds, expired card. */
function isPaymentFailureCode(code: BillingErrorCode): code is PaymentFailureCode {
  return RECOVERY[code].paymentMethod === true;
}

interface BillingErrorMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The `BillingError` code: picks the title, what to do about it, and which actions can help. */
  code: BillingErrorCode;
  /** A sentence shown first, e.g. "Your plan has not changed." */
  context?: string | undefined;
  /** Shown as "Try again" when given and trying again can work for `code`. */
  onRetry?: (() => void) | undefined;
  /** Shown as "Update payment method" for payment failures when given. */
  onUpdatePaymentMethod?: (() => void) | undefined;
  /**
   * Announces the message as it appears (`role="alert"`). Turn it off for guidance that is part
   * of the page from the start, e.g. an expired default card, so it is read in place, not shouted.
   * @default true
   */
  announce?: boolean | undefined;
}

/**
 * The message without a render boundary: it is the boundary's own fallback. The public part, with
 * its boundary and documented attributes, is exported from this folder's `index.ts`.
 */
const BillingErrorMessage = /* @__PURE__ */ forwardRef<HTMLDivElement, BillingErrorMessageProps>(
  function BillingErrorMessage(
    { code, context, onRetry, onUpdatePaymentMethod, announce = true, ...props },
    ref,
  ) {
    const { supportUrl, theme, t } = useKit(BILLING_ERROR_MESSAGE_NAME);
    const root = useScopedPartProps('sk-ErrorMessage', 'error', theme, props, ref);
    const recovery = RECOVERY[code];
    const updatePaymentMethod = recovery.paymentMethod ? onUpdatePaymentMethod : undefined;
    const retry = recovery.retry === true || (recovery.retry && updatePaymentMethod) ? onRetry : undefined;

    return (
      <div role={announce ? 'alert' : undefined} {...root} data-code={code}>
        <p className="sk-ErrorMessage-title">{t(`errors.${code}.title`)}</p>
        {context && <p>{context}</p>}
        <p>{t(`errors.${code}.resolution`)}</p>
        <div className="sk-Actions">
          {updatePaymentMethod && (
            <button type="button" className="sk-Button" data-variant="primary" onClick={updatePaymentMethod}>
              {t('errors.updatePaymentMethod')}
            </button>
          )}
          {retry && (
            <button
              type="button"
              className="sk-Button"
              data-variant={updatePaymentMethod ? 'secondary' : 'primary'}
              onClick={retry}
            >
              {t('common.retry')}
            </button>
          )}
          {recovery.support && supportUrl && (
            <a className="sk-Link" href={supportUrl}>
              {t('common.contactSupport')}
            </a>
          )}
        </div>
      </div>
    );
  },
);

export type { BillingErrorMessageProps, PaymentFailureCode };
export { BillingErrorMessage, isPaymentFailureCode };
