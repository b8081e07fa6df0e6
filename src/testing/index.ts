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
export { dataProviderContractChecks } from './contract/data-provider-contract-checks';
export type {
  DataProviderContractCheck,
  DataProviderContractContext,
  DataProviderContractOptions,
  DataProviderContractResult,
  DataProviderFactory,
} from './contract/data-provider-contract-options';
export {
  type DataProviderContractScenario,
  type DataProviderContractScenarioDetails,
  dataProviderContractScenarios,
} from './contract/data-provider-contract-scenarios';
export { runDataProviderCheck, runDataProviderContract } from './contract/run-data-provider-contract';
export { createRestHandler, type RestHandlerOptions } from './create-rest-handler';
export { createTestDataProvider, type TestDataProviderMethods } from './create-test-data-provider';
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
export { describeDataProviderContract } from './describe-data-provider-contract';
