import { BillingError } from '../../core';
import { type DataProviderMethod, dataProviderMethods } from '../../provider';
import type { MemoryDataProviderOptions, MemoryFault, MemoryFaultRule } from './memory-data-provider-options';

/** What every contract call passes through. */
type CallParams = { signal?: AbortSignal | undefined; idempotencyKey?: string };

/** Runs one contract operation the way a remote backend would answer it. */
export type RunCall = <Result>(
  method: DataProviderMethod,
  params: CallParams,
  operation: () => Result,
) => Promise<Result>;

export interface MemoryCalls {
  /** Calls received per method; live. */
  calls: Record<DataProviderMethod, number>;
  setFault(method: DataProviderMethod, fault: MemoryFault | MemoryFaultRule | null): void;
  run: RunCall;
}

/** Counting, delay, abort, faults and idempotency around each operation of the memory provider. */
export function createMemoryCalls(options: MemoryDataProviderOptions): MemoryCalls {
  const calls = Object.fromEntries(dataProviderMethods.map((method) => [method, 0])) as Record<
    DataProviderMethod,
    number
  >;
  const faults = new Map<DataProviderMethod, MemoryFaultRule & { remaining: number }>();
  const replay = createIdempotencyLedger();

  function setFault(method: DataProviderMethod, fault: MemoryFault | MemoryFaultRule | null): void {
    if (fault === null) {
      faults.delete(method);
      return;
    }
    const rule = typeof fault === 'string' ? { fault } : fault;
    faults.set(method, { ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }
  for (const [method, fault] of Object.entries(options.faults ?? {})) {
    if (fault) setFault(method as DataProviderMethod, fault);
  }

  function takeFault(method: DataProviderMethod): MemoryFaultRule | undefined {
    const rule = faults.get(method);
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) faults.delete(method);
    return rule;
  }

  async function run<Result>(
    method: DataProviderMethod,
    params: CallParams,
    operation: () => Result,
  ): Promise<Result> {
    calls[method] += 1;
    options.onCall?.({ method, params });
    const { signal } = params;
    signal?.throwIfAborted();
    const delay = typeof options.delay === 'number' ? options.delay : (options.delay?.[method] ?? 0);
    if (delay > 0) await wait(delay, signal);
    const rule = takeFault(method);
    const fault = rule?.fault;
    if (fault === 'requires_action') {
      if (method === 'changePlan') {
        return {
          status: 'requires_action',
          actionUrl: 'https://payments.example.com/authenticate',
        } as Result;
      }
      throw new BillingError('authentication_required', { details: rule?.details });
    }
    if (fault !== undefined && fault !== 'timeout' && fault !== 'malformed') {
      throw new BillingError(fault, { message: `${method} failed (${fault})`, details: rule?.details ?? {} });
    }
    const key = params.idempotencyKey;
    const result =
      key === undefined ? operation() : await replay(method, { ...params, idempotencyKey: key }, operation);
    if (fault === 'timeout') {
      throw new BillingError('network', { message: `${method} timed out`, details: { reason: 'timeout' } });
    }
    // A Blob is not cloned (and needs not be: it is immutable).
    const copy = method === 'getInvoicePdf' ? result : structuredClone(result);
    return fault === 'malformed' ? (corrupt(copy) as Result) : copy;
  }

  return { calls, setFault, run };
}

/**
 * A write whose key was already used returns the first result; concurrent calls with one key share
 * one attempt. A failed attempt is forgotten, so a retry with the same key can succeed.
 */
function createIdempotencyLedger() {
  const ledger = new Map<string, { fingerprint: string; result: Promise<unknown> }>();
  return async <Result>(
    method: DataProviderMethod,
    params: CallParams & { idempotencyKey: string },
    operation: () => Result,
  ): Promise<Result> => {
    const { idempotencyKey, ...rest } = params;
    const key = `${method}\u0000${idempotencyKey}`;
    const fingerprint = JSON.stringify({ ...rest, meta: undefined });
    let entry = ledger.get(key);
    if (entry && entry.fingerprint !== fingerprint) {
      throw new BillingError('unknown', {
        message: `The idempotency key ${idempotencyKey} was used for another ${method} request`,
        details: { reason: 'idempotency_key_reused' },
      });
    }
    if (!entry) {
      entry = { fingerprint, result: Promise.resolve().then(operation) };
      ledger.set(key, entry);
      entry.result.catch(() => ledger.delete(key));
    }
    return (await entry.result) as Result;
  };
}

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Breaks a result the way a buggy backend would: a float amount, or a value of the wrong type. */
function corrupt(value: unknown): unknown {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    const candidate = item as { amount?: unknown; currency?: unknown };
    if (typeof candidate.amount === 'number' && typeof candidate.currency === 'string') {
      candidate.amount += 0.5;
      return value;
    }
    stack.push(...Object.values(item).reverse());
  }
  return Array.isArray(value) ? [...value, null] : 'malformed';
}
