export { subscriptionKitKeys } from './query-keys';
export { accountOptions, catalogOptions, previewChangeOptions, subscriptionOptions } from './query-options';
