import type { Context } from './state.ts';

export interface Page {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** The double's non-API pages (invoice PDF, hosted invoice, checkout); `undefined` for `/v1`. */
export function servePage(_context: Context, _method: string, url: URL, _body: string): Page | undefined {
  if (url.pathname.startsWith('/v1/')) return undefined;
  return undefined;
}
