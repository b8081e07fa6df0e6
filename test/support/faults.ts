import type { BillingDataProvider, BillingErrorCode } from 'subscription-kit';
import type { MemoryBillingData, MemoryDataProvider, MemoryFault } from 'subscription-kit/testing';
import english from '../../locales/en/subscription-kit.json';
import { demoProvider } from '../../stories/scenarios';

/* What the fault matrices inject into the memory provider, and what the customer should then read. */

export type Fault =
  | { kind: 'code'; code: BillingErrorCode }
  | { kind: 'plain' }
  | { kind: 'malformed' }
  | { kind: 'hang' };

/** Each code as a typed rejection, then the same three ways any method can break. */
export function faultsWith(codes: BillingErrorCode[], { malformed = true } = {}): Fault[] {
  return [
    ...codes.map((code) => ({ kind: 'code' as const, code })),
    { kind: 'plain' as const },
    ...(malformed ? [{ kind: 'malformed' as const }] : []),
    { kind: 'hang' as const },
  ];
}

export function describeFault(fault: Fault): string {
  if (fault.kind === 'code') return `rejects with ${fault.code}`;
  return { plain: 'throws a plain Error', malformed: 'returns malformed data', hang: 'never settles' }[
    fault.kind
  ];
}

/** The English title the customer should read for a failure (none for a request still out). */
export function expectedTitle(fault: Fault): string {
  const titles = english.errors as Record<string, { title?: string }>;
  if (fault.kind === 'plain') return titles.unknown?.title ?? '';
  if (fault.kind === 'malformed') return titles.invalid_response?.title ?? '';
  if (fault.kind === 'code') return titles[fault.code]?.title ?? '';
  return '';
}

/** The demo provider on `data` with `method` broken in the way `fault` says. */
export function providerWith(
  method: keyof BillingDataProvider,
  fault: Fault,
  data: MemoryBillingData,
): MemoryDataProvider {
  if (fault.kind === 'code' || fault.kind === 'malformed') {
    const memoryFault: MemoryFault = fault.kind === 'code' ? fault.code : 'malformed';
    return demoProvider(data, { faults: { [method]: memoryFault } });
  }
  const provider = demoProvider(data);
  const broken =
    fault.kind === 'plain'
      ? () => Promise.reject(new Error('boom'))
      : () => new Promise<never>(() => undefined);
  Object.assign(provider, { [method]: broken });
  return provider;
}
