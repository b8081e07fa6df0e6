export { type AddPaymentMethodFormProps, PaymentMethods, type PaymentMethodsProps } from './payment-methods';
