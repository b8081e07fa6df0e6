export { subscriptionKitKeys } from './query-keys';
export {
  accountOptions,
  catalogOptions,
  invoiceOptions,
  invoicesInfiniteOptions,
  paymentMethodsOptions,
  previewChangeOptions,
  subscriptionOptions,
} from './query-options';
