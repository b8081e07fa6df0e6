export { subscriptionKitKeys } from './query-keys';
export { accountOptions, catalogOptions, subscriptionOptions } from './query-options';
