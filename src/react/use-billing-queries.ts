export { useAccount, useBillingData, useCatalog, useSubscription } from '../query';
