import { unknownEndpoint } from './errors.ts';
import type { FormParams } from './form.ts';
import type { Context } from './state.ts';

export type Method = 'GET' | 'POST' | 'DELETE';

/** One endpoint: a method, a path with `:id` parts, and a handler given the decoded params. */
export interface Route {
  method: Method;
  pattern: RegExp;
  handle(context: Context, params: FormParams, ...ids: string[]): unknown;
}

export function route(method: Method, path: string, handle: Route['handle']): Route {
  const pattern = new RegExp(`^${path.replace(/:[a-z_]+/g, '([^/]+)')}$`);
  return { method, pattern, handle };
}

/** Finds the route for a request and runs it; an unknown endpoint is a 404 naming it. */
export function dispatch(
  routes: Route[],
  context: Context,
  method: string,
  path: string,
  params: FormParams,
): unknown {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match) return candidate.handle(context, params, ...match.slice(1).map(decodeURIComponent));
  }
  throw unknownEndpoint(method, path);
}
