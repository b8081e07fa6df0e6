// `subscription-kit/http`: the data provider that speaks the REST contract over `fetch`. An entry of
// its own, so hosts with their own provider do not carry it; no React, runs in browsers, Node and
// edge runtimes alike.

export { createHttpDataProvider } from './create-http-data-provider';
export type { HttpDataProviderOptions, HttpRequestContext } from './http-data-provider-options';
