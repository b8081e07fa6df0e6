import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { BillingErrorCode } from '../../core';
import { partProps } from '../shared/part-props';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * BillingErrorMessage
 * -----------------------------------------------------------------------------------------------*/

const BILLING_ERROR_MESSAGE_NAME = 'BillingErrorMessage';

/** A failed payment: the customer fixes it with the payment method (the troubleshooting table). */
type PaymentFailureCode = 'payment_declined' | 'insufficient_funds' | 'card_expired';

/** Codes the customer fixes by changing the payment method. */
const PAYMENT_METHOD_CODES: readonly BillingErrorCode[] = [
  'payment_declined',
  'insufficient_funds',
  'card_expired',
] satisfies PaymentFailureCode[];

/** True for the codes of a failed payment: declined, insufficient funds, expired card. */
function isPaymentFailureCode(code: BillingErrorCode): code is PaymentFailureCode {
  return PAYMENT_METHOD_CODES.includes(code);
}

/** Codes that only the host's support can resolve: the message links to it. */
const SUPPORT_CODES: readonly BillingErrorCode[] = [
  'plan_unavailable',
  'invalid_response',
  'currency_mismatch',
];

interface BillingErrorMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  code: BillingErrorCode;
  /** A sentence shown first, e.g. "Your plan has not changed." */
  context?: string | undefined;
  /** Shown as "Try again" when given. */
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
    const { supportUrl, t } = useKit(BILLING_ERROR_MESSAGE_NAME);
    const updatePaymentMethod = isPaymentFailureCode(code) ? onUpdatePaymentMethod : undefined;

    return (
      <div
        role={announce ? 'alert' : undefined}
        {...partProps('sk-ErrorMessage', 'error', props, ref)}
        data-code={code}
      >
        <p className="sk-ErrorMessage-title">{t(`errors.${code}.title`)}</p>
        {context && <p>{context}</p>}
        <p>{t(`errors.${code}.resolution`)}</p>
        <div className="sk-Actions">
          {updatePaymentMethod && (
            <button type="button" className="sk-Button" data-variant="primary" onClick={updatePaymentMethod}>
              {t('errors.updatePaymentMethod')}
            </button>
          )}
          {onRetry && (
            <button
              type="button"
              className="sk-Button"
              data-variant={updatePaymentMethod ? 'secondary' : 'primary'}
              onClick={onRetry}
            >
              {t('common.retry')}
            </button>
          )}
          {SUPPORT_CODES.includes(code) && supportUrl && (
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
