export type { BillingDataProvider, ReadParams, RequestMeta, WriteParams } from './billing-data-provider';
