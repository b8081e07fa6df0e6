export { BillingIntervalSwitch, type BillingIntervalSwitchProps } from './billing-interval-switch';
