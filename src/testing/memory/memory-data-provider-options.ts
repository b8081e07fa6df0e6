import type { BillingErrorCode, CardBrand, PaymentMethod } from '../../core';
import type { BillingDataProvider, DataProviderMethod } from '../../provider';
import type { MemoryBillingData } from './memory-billing-data';

/**
 * A failure to inject: any `BillingErrorCode` (the method rejects with it), `timeout` (rejects
 * with a retryable `network` error whose `details.reason` is `timeout`; a write has been applied,
 * as when a response is lost), `malformed` (resolves with data that breaks the contract; a write
 * has been applied) or `requires_action` (`changePlan` resolves with a payment step and applies
 * nothing; other methods reject with `authentication_required`).
 */
export type MemoryFault = BillingErrorCode | 'timeout' | 'malformed' | 'requires_action';

/** A fault with options. */
export interface MemoryFaultRule {
  fault: MemoryFault;
  /** How many calls fail before the method works again; every call when absent. */
  times?: number | undefined;
  /** `details` of the BillingError, e.g. `{ blockers: […] }`. */
  details?: Record<string, unknown> | undefined;
}

/** One call the provider received, as passed to `onCall`. */
export interface MemoryDataProviderCall {
  method: DataProviderMethod;
  params: unknown;
}

export interface MemoryDataProviderOptions {
  /**
   * The initial data; missing keys come from the demo data (`createDemoBillingData()`: the
   * `supportTemplate` account). Deep-copied: the provider never mutates what you pass.
   */
  data?: Partial<MemoryBillingData> | undefined;
  /**
   * The clock every billing rule reads. Pass a fixed one in stories and tests.
   * @default () => new Date()
   */
  now?: (() => Date) | undefined;
  /**
   * Milliseconds each call waits before answering, for all methods or per method. A read whose
   * `signal` aborts meanwhile rejects with the signal's reason.
   * @default 0
   */
  delay?: number | Partial<Record<DataProviderMethod, number>> | undefined;
  /** Failures to inject per method, e.g. `{ changePlan: { fault: 'payment_declined', times: 1 } }`. */
  faults?: Partial<Record<DataProviderMethod, MemoryFault | MemoryFaultRule>> | undefined;
  /** Called synchronously on every contract call, replays included, before anything else. */
  onCall?: ((call: MemoryDataProviderCall) => void) | undefined;
}

/** What the host's own form sends when it finishes adding a payment method (all optional). */
export interface CompleteAddPaymentMethodParams {
  /** The token `startAddPaymentMethod` returned. */
  token: string;
  /** Card brand. @default 'visa' */
  brand?: CardBrand | undefined;
  /** Last four digits of the card or IBAN. @default '4242' for cards, '3000' for SEPA */
  last4?: string | undefined;
  expMonth?: number | undefined;
  /** @default three years after `now` */
  expYear?: number | undefined;
  /** Make it the default (it always is when there is no default yet). @default false */
  makeDefault?: boolean | undefined;
}

/** The memory provider: every contract method, plus controls for stories and tests. */
export interface MemoryDataProvider extends Required<BillingDataProvider> {
  /** Calls received per method, replays and failures included; live, starts at zero. */
  readonly calls: Readonly<Record<DataProviderMethod, number>>;
  /**
   * Finishes a `host_form` flow, as the payment service would once the host's form is submitted:
   * adds the method for `token` and resolves with the updated list. Rejects with `not_found` for
   * an unknown or used token.
   */
  completeAddPaymentMethod(params: CompleteAddPaymentMethodParams): Promise<PaymentMethod[]>;
  /** Sets or clears (`null`) the fault of one method from now on. */
  setFault(method: DataProviderMethod, fault: MemoryFault | MemoryFaultRule | null): void;
  /** A deep copy of the current data. */
  getData(): MemoryBillingData;
}
