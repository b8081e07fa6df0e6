import type { BillingErrorCode } from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';

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

interface BillingErrorMessageProps {
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
 * What went wrong and what to do about it, one message and one resolution per error code (the
 * product page's troubleshooting table), with the actions that fix it.
 */
function BillingErrorMessage({
  code,
  context,
  onRetry,
  onUpdatePaymentMethod,
  announce = true,
}: BillingErrorMessageProps) {
  const { supportUrl } = useSubscriptionKitContext(BILLING_ERROR_MESSAGE_NAME);
  const { t } = useLibraryTranslation(BILLING_ERROR_MESSAGE_NAME);
  const { title, resolution } = errorText(code, t);
  const paymentProblem = isPaymentFailureCode(code);

  return (
    <div className="sk-ErrorMessage" role={announce ? 'alert' : undefined} data-slot="error" data-code={code}>
      <p className="sk-ErrorMessage-title">{title}</p>
      {context && <p>{context}</p>}
      <p>{resolution}</p>
      <div className="sk-Actions">
        {paymentProblem && onUpdatePaymentMethod && (
          <button type="button" className="sk-Button" data-variant="primary" onClick={onUpdatePaymentMethod}>
            {t('errors.updatePaymentMethod')}
          </button>
        )}
        {onRetry && (
          <button
            type="button"
            className="sk-Button"
            data-variant={paymentProblem && onUpdatePaymentMethod ? 'secondary' : 'primary'}
            onClick={onRetry}
          >
            {t('common.retry')}
          </button>
        )}
        {(code === 'plan_unavailable' || code === 'invalid_response') && supportUrl && (
          <a className="sk-Link" href={supportUrl}>
            {t('common.contactSupport')}
          </a>
        )}
      </div>
    </div>
  );
}

/* -----------------------------------------------------------------------------------------------*/

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

/** Literal keys per code, so the locale tests see every one of them. */
function errorText(code: BillingErrorCode, t: Translate): { title: string; resolution: string } {
  switch (code) {
    case 'payment_declined':
      return {
        title: t('errors.payment_declined.title'),
        resolution: t('errors.payment_declined.resolution'),
      };
    case 'insufficient_funds':
      return {
        title: t('errors.insufficient_funds.title'),
        resolution: t('errors.insufficient_funds.resolution'),
      };
    case 'card_expired':
      return { title: t('errors.card_expired.title'), resolution: t('errors.card_expired.resolution') };
    case 'authentication_required':
      return {
        title: t('errors.authentication_required.title'),
        resolution: t('errors.authentication_required.resolution'),
      };
    case 'over_usage_limits':
      return {
        title: t('errors.over_usage_limits.title'),
        resolution: t('errors.over_usage_limits.resolution'),
      };
    case 'feature_in_use':
      return { title: t('errors.feature_in_use.title'), resolution: t('errors.feature_in_use.resolution') };
    case 'plan_unavailable':
      return {
        title: t('errors.plan_unavailable.title'),
        resolution: t('errors.plan_unavailable.resolution'),
      };
    case 'unauthorized':
      return { title: t('errors.unauthorized.title'), resolution: t('errors.unauthorized.resolution') };
    case 'not_found':
      return { title: t('errors.not_found.title'), resolution: t('errors.not_found.resolution') };
    case 'rate_limited':
      return { title: t('errors.rate_limited.title'), resolution: t('errors.rate_limited.resolution') };
    case 'network':
      return { title: t('errors.network.title'), resolution: t('errors.network.resolution') };
    case 'invalid_response':
      return {
        title: t('errors.invalid_response.title'),
        resolution: t('errors.invalid_response.resolution'),
      };
    case 'unknown':
      return { title: t('errors.unknown.title'), resolution: t('errors.unknown.resolution') };
    default:
      code satisfies never;
      return { title: t('errors.unknown.title'), resolution: t('errors.unknown.resolution') };
  }
}

export type { BillingErrorMessageProps, PaymentFailureCode };
export { BillingErrorMessage, isPaymentFailureCode };
