import { boundaryChecks } from './boundary-checks';
import type { DataProviderContractCheck } from './data-provider-contract-options';
import { invoiceAndPaymentChecks } from './invoice-and-payment-checks';
import { planChangeChecks } from './plan-change-checks';

/** Every behaviour the kit checks, in order. */
export const dataProviderContractChecks: readonly DataProviderContractCheck[] = [
  ...boundaryChecks,
  ...planChangeChecks,
  ...invoiceAndPaymentChecks,
];
