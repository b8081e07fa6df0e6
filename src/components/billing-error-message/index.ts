import { withRenderBoundary } from '../shared/render-boundary';
import { BillingErrorMessage as BillingErrorMessageWithoutBoundary } from './billing-error-message';

export {
  type BillingErrorMessageProps,
  isPaymentFailureCode,
  type PaymentFailureCode,
} from './billing-error-message';

/**
 * What went wrong and what to do about it, one message and one resolution per error code (the
 * product page's troubleshooting table), with the actions that fix it.
 *
 * @selector [data-slot="error"] - the message
 * @selector [data-code] - the `BillingErrorCode`, e.g. `card_expired`
 * @selector .sk-Button[data-variant="primary|secondary"] - "Update payment method", "Try again"
 */
// Wrapped here rather than where it is defined: the boundary's own fallback is this message.
export const BillingErrorMessage = /* @__PURE__ */ withRenderBoundary(
  'BillingErrorMessage',
  BillingErrorMessageWithoutBoundary,
);
