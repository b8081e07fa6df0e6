import {
  type BillingDataProvider,
  type DataProviderMethod,
  dataProviderMethods,
  validateDataProviderResult,
} from '../../provider';
import { ContractViolation, describeValue } from './contract-violation';

/** Names a call for messages, leaving out what says nothing to the reader (signal, key, meta). */
function describeCall(method: string, params: unknown): string {
  const shown =
    typeof params === 'object' && params !== null
      ? Object.entries(params)
          .filter(([key]) => key !== 'signal' && key !== 'idempotencyKey' && key !== 'meta')
          .map(([key, value]) => `${key}: ${describeValue(value)}`)
      : [];
  return shown.length > 0 ? `${method}({ ${shown.join(', ')} })` : `${method}()`;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}

/**
 * What one check saw of the provider: the calls still pending (for a timeout message), the first
 * breach of the contract (invalid data, no Promise, a synchronous throw), and which call failed
 * with which value (to name it when a check fails on that rejection).
 */
export class CheckObservation {
  readonly pending = new Set<{ call: string }>();
  readonly failedCalls = new Map<unknown, string>();
  breach: ContractViolation | undefined;

  /** Records the first breach, which the runner reports before anything it caused further on. */
  private report(message: string): ContractViolation {
    const violation = new ContractViolation(message);
    this.breach ??= violation;
    return violation;
  }

  /** Starts `call`, tracked until it settles; a synchronous throw becomes a rejection. */
  track<T>(call: string, start: () => T | PromiseLike<T>): Promise<T> {
    const entry = { call };
    this.pending.add(entry);
    let started: Promise<T>;
    try {
      started = Promise.resolve(start());
    } catch (error) {
      started = Promise.reject(error);
    }
    const settled = started.then(
      (value) => {
        this.pending.delete(entry);
        return value;
      },
      (error: unknown) => {
        this.pending.delete(entry);
        if (!(error instanceof ContractViolation)) this.failedCalls.set(error, call);
        throw error;
      },
    );
    // Handled here so that a call a check stops waiting for can never crash the process.
    settled.catch(() => undefined);
    return settled;
  }

  /**
   * The provider as the checks see it: the same members, each method validating what it resolves
   * with and refusing to return anything but a Promise. Absent and non-function members stay as
   * they are, for the check of the provider's shape.
   */
  observe(provider: BillingDataProvider): BillingDataProvider {
    const observed: Record<string, unknown> = {};
    for (const method of dataProviderMethods) {
      const original: unknown = provider[method];
      if (typeof original === 'function') {
        observed[method] = this.observeMethod(provider, method, original as (params: unknown) => unknown);
      } else if (method in provider) observed[method] = original;
    }
    return observed as unknown as BillingDataProvider;
  }

  private observeMethod(
    provider: BillingDataProvider,
    method: DataProviderMethod,
    original: (params: unknown) => unknown,
  ) {
    return (params: unknown): Promise<unknown> => {
      const call = describeCall(method, params);
      return this.track(call, () => {
        let returned: unknown;
        try {
          returned = original.call(provider, params);
        } catch (error) {
          throw this.report(
            `${call} threw ${describeValue(error)} synchronously: reject the returned Promise instead (an async function does)`,
          );
        }
        if (!isThenable(returned)) {
          throw this.report(
            `${call} returned ${describeValue(returned)}, not a Promise: make the method async`,
          );
        }
        return Promise.resolve(returned).then((value) => {
          try {
            validateDataProviderResult(method, value);
          } catch (error) {
            throw this.report(error instanceof Error ? error.message : String(error));
          }
          return value;
        });
      });
    };
  }
}
