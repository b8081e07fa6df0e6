// `subscription-kit/testing`: demo data, the memory provider, a test provider and the conformance
// kit for integrators' own checks. It imports no test runner.

export {
  type BillingDataProvider,
  type CompleteAddPaymentMethodParams,
  createMemoryDataProvider,
  type MemoryBillingData,
  type MemoryDataProvider,
  type MemoryDataProviderCall,
  type MemoryDataProviderOptions,
  type MemoryFault,
  type MemoryFaultRule,
} from '../provider';
export { createRestHandler, type RestHandlerOptions } from './create-rest-handler';
export { createTestDataProvider } from './create-test-data-provider';
export {
  createDemoBillingData,
  type DemoAccountName,
  type DemoBillingDataOptions,
  demoAccounts,
  demoCustomers,
  demoInvoices,
  demoNow,
  demoPaymentMethods,
  demoPlans,
  demoSeller,
  demoSubscriptions,
} from './demo-data';
export {
  type DataProviderContractCheck,
  type DataProviderContractContext,
  type DataProviderContractOptions,
  type DataProviderContractResult,
  type DataProviderFactory,
  dataProviderContractChecks,
  describeDataProviderContract,
  runDataProviderCheck,
  runDataProviderContract,
} from './describe-data-provider-contract';
