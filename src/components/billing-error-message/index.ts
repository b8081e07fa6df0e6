export {
  BillingErrorMessage,
  type BillingErrorMessageProps,
  isPaymentFailureCode,
  type PaymentFailureCode,
} from './billing-error-message';
