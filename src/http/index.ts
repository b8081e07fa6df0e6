// `subscription-kit/http`: the data provider that speaks the REST contract over `fetch`. An entry of
// its own, so hosts with their own provider do not carry it; no React, runs in browsers, Node and
// edge runtimes alike.

export {
  createHttpDataProvider,
  type HttpDataProviderOptions,
  type HttpRequestContext,
} from './create-http-data-provider';
