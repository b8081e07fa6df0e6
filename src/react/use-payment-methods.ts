export {
  usePaymentMethods,
  useRemovePaymentMethod,
  useSetDefaultPaymentMethod,
  useStartAddPaymentMethod,
} from '../query';
