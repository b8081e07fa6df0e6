import { BillingError } from '../core';
import type { BillingDataProvider } from './billing-data-provider';
import {
  dataProviderMethods,
  requiredDataProviderMethods,
  writeDataProviderMethods,
} from './data-provider-methods';
import { isAbortError, toBillingError } from './to-billing-error';
import { validateDataProviderResult } from './validate-data-provider-result';

const validatedProviders = new WeakSet<object>();

/** How long a read may take before it fails as a retryable `network` error. */
export const READ_DEADLINE_MS = 30_000;

/**
 * Wraps a host's provider so that everything crossing the boundary is safe to render:
 * - every result is checked against the contract and passed on as a plain copy of its known
 *   fields, each read once (no getters, no extra fields, no cycles); malformed data rejects with
 *   `BillingError('invalid_response')` whose message lists the bad fields as
 *   `path: expected X, got Y` (also in `details.problems`; the first in `details.path`);
 * - every rejection is a `BillingError`: unknown throws (a synchronous throw too, or a thrown string
 *   or `null`) become `unknown`, failed fetches (`TypeError`) and timeouts `network`; an `AbortError`
 *   (or the abort reason of the read's `signal`) passes unchanged;
 * - a read that has not settled after `READ_DEADLINE_MS` (30 s) rejects with a retryable `network`
 *   error (`details.reason` `timeout`), so no part waits on its skeleton for ever; a write is never
 *   cut short, as its outcome would be unknown;
 * - optional methods the provider lacks stay absent, so capability checks keep working.
 *
 * Throws a `TypeError` at once when a required method is missing. Wrapping twice is harmless: a
 * provider this function returned is returned as it is.
 */
export function createValidatedDataProvider(provider: BillingDataProvider): BillingDataProvider {
  if (validatedProviders.has(provider)) return provider;
  for (const method of requiredDataProviderMethods) {
    if (typeof provider[method] !== 'function') {
      throw new TypeError(`The data provider has no \`${method}\` method; every provider needs it`);
    }
  }
  const validated: Record<string, (params: never) => Promise<unknown>> = {};
  for (const method of dataProviderMethods) {
    const original = provider[method] as ((params: unknown) => Promise<unknown>) | undefined;
    if (typeof original !== 'function') continue;
    const isRead = !writeDataProviderMethods.includes(method);
    validated[method] = async function callValidated(params: unknown) {
      let result: unknown;
      try {
        const answer = original.call(provider, params);
        result = await (isRead ? withinDeadline(answer, method) : answer);
      } catch (error) {
        const signal = (params as { signal?: AbortSignal } | undefined)?.signal;
        const aborted = isAbortError(error) || (signal?.aborted === true && error === signal.reason);
        throw aborted ? error : toBillingError(error);
      }
      return validateDataProviderResult(method, result);
    };
  }
  validatedProviders.add(validated);
  return validated as unknown as BillingDataProvider;
}

function withinDeadline<T>(answer: Promise<T>, method: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const message = `${method} did not answer within ${READ_DEADLINE_MS / 1000} s`;
      reject(new BillingError('network', { message, details: { reason: 'timeout', method } }));
    }, READ_DEADLINE_MS);
  });
  return Promise.race([answer, deadline]).finally(() => clearTimeout(timer));
}
