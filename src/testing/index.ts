// `subscription-kit/testing`: demo data, the memory provider, a test provider and the conformance
// kit for integrators' own checks. It imports no test runner.

export type { BillingDataProvider } from '../provider';
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
export { type TestCard, testCardOf } from './demo/card-number';
export {
  createDemoBillingData,
  type DemoBillingDataOptions,
} from './demo/create-demo-billing-data';
export { type DemoAccountName, demoAccounts } from './demo/demo-accounts';
export { demoInvoices } from './demo/demo-invoices';
export { demoCustomers, demoSeller } from './demo/demo-parties';
export { demoPaymentMethods } from './demo/demo-payment-methods';
export { demoPlans } from './demo/demo-plans';
export { demoNow, demoSubscriptions } from './demo/demo-subscriptions';
export { describeDataProviderContract } from './describe-data-provider-contract';
export { createMemoryDataProvider } from './memory/create-memory-data-provider';
export type { MemoryBillingData } from './memory/memory-billing-data';
export type {
  CompleteAddPaymentMethodParams,
  MemoryDataProvider,
  MemoryDataProviderCall,
  MemoryDataProviderOptions,
  MemoryFault,
  MemoryFaultRule,
} from './memory/memory-data-provider-options';
