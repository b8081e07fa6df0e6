// `subscription-kit/testing`: demo data for stories, tests and integrators' own checks.

export {
  type DemoAccountName,
  demoAccounts,
  demoInvoices,
  demoNow,
  demoPaymentMethods,
  demoPlans,
  demoSubscriptions,
} from './demo-data';
