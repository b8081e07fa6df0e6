import type {
  AccountContext,
  BillingInterval,
  Invoice,
  Money,
  PaymentMethod,
  PaymentMethodType,
  Plan,
  PlanChangePreview,
  Subscription,
} from '../core';

// The preview's shape belongs to core, where `previewPlanChange` computes one.
export type { PlanChangePreview, PreviewLine } from '../core';

/** Passed to every method: anything the host wants to thread through (tenant, trace id …). */
export type RequestMeta = Readonly<Record<string, unknown>>;

/** Every read can be cancelled: the components abort reads they no longer need. */
export interface ReadParams {
  signal?: AbortSignal | undefined;
  meta?: RequestMeta | undefined;
}

/**
 * Every write carries an idempotency key: the same key must return the same result and apply the
 * change at most once, so a double click or a retry never changes a plan twice.
 */
export interface WriteParams {
  idempotencyKey: string;
  meta?: RequestMeta | undefined;
}

/* -------------------------------------------------------------------------------------------------
 * Results
 * -----------------------------------------------------------------------------------------------*/

/** The outcome of `changePlan`. */
export type ChangePlanResult =
  /** Applied (upgrade) or scheduled (downgrade: see `subscription.scheduledChange`). */
  | { status: 'complete'; subscription: Subscription }
  /** The payment needs the customer (e.g. 3-D Secure): send them to `actionUrl`, then refetch. */
  | { status: 'requires_action'; actionUrl: string };

/** A page of invoices, newest first. `nextCursor` is opaque and `null` on the last page. */
export interface InvoicePage {
  data: Invoice[];
  nextCursor: string | null;
}

/** An invoice PDF: a link to it (`https:` or same-origin path only), or the file itself. */
export type InvoicePdf = { type: 'url'; url: string } | { type: 'blob'; blob: Blob; fileName?: string };

/** How adding a payment method continues: in the host's own form, or on a page the backend names. */
export type StartAddPaymentMethodResult =
  | { type: 'redirect'; url: string }
  | { type: 'host_form'; token: string };

export interface ContactSalesRequest {
  name: string;
  email: string;
  company: string;
  seats?: number | undefined;
  /** Enterprise needs the customer ticked, e.g. `sla`, `on_premise`, `custom_integrations`. */
  needs?: string[] | undefined;
  message?: string | undefined;
}

/* -------------------------------------------------------------------------------------------------
 * The contract
 * -----------------------------------------------------------------------------------------------*/

/**
 * The contract between the components and the host's billing backend: one object of async
 * methods, one params object each. Every method rejects with a `BillingError` only. Optional
 * methods are capabilities: when one is absent, the components hide what needs it.
 */
export interface BillingDataProvider {
  /** Every plan the account may see, with prices, limits, features and availability rules. */
  getCatalog(params: ReadParams): Promise<Plan[]>;
  /** The current subscription, with any scheduled change, or `null` when the account has none. */
  getSubscription(params: ReadParams): Promise<Subscription | null>;
  /** Usage this period, agent template, integrations, country, assistant configuration, trial usage. */
  getAccount(params: ReadParams): Promise<AccountContext>;
  /**
   * What changing to `planId` at `interval` would do, without doing it. Rejects with
   * `plan_unavailable` for a plan the account cannot get and `not_found` for an unknown plan.
   */
  previewChange(
    params: ReadParams & { planId: string; interval: BillingInterval },
  ): Promise<PlanChangePreview>;
  /**
   * Applies an upgrade at once (prorated) or schedules a downgrade for the end of the period.
   * `expectedAmountDue` is the amount due of the preview the customer confirmed: a change that
   * would charge any other amount (another figure or currency; the price, the usage or the
   * subscription moved since) must be refused with `amount_changed` (the amount it would charge in
   * `details.amountDue`), and the component shows the new preview. Also rejects with
   * `over_usage_limits` / `feature_in_use` (with the blockers in `details.blockers`),
   * `plan_unavailable` (with the reasons in `details.reasons`), or a payment code
   * (`payment_declined`, `insufficient_funds`, `card_expired`, `authentication_required`). Whenever
   * it rejects, nothing has changed.
   */
  changePlan(
    params: WriteParams & { planId: string; interval: BillingInterval; expectedAmountDue: Money },
  ): Promise<ChangePlanResult>;
  /** Cancels the scheduled change; the subscription continues as it is. */
  cancelScheduledChange?(params: WriteParams): Promise<Subscription>;
  /** Invoices, newest first, a page at a time. */
  listInvoices?(params: ReadParams & { cursor: string | null; limit: number }): Promise<InvoicePage>;
  /** One invoice with its lines and tax breakdown, for the web view. Rejects with `not_found`. */
  getInvoice?(params: ReadParams & { invoiceId: string }): Promise<Invoice>;
  /** The invoice as a PDF. */
  getInvoicePdf?(params: ReadParams & { invoiceId: string }): Promise<InvoicePdf>;
  /** Cards, SEPA debit mandates and bank transfer, with the default marked. */
  listPaymentMethods?(params: ReadParams): Promise<PaymentMethod[]>;
  /** Starts adding a method: the library never collects card numbers or IBANs itself. */
  startAddPaymentMethod?(
    params: WriteParams & { type: PaymentMethodType },
  ): Promise<StartAddPaymentMethodResult>;
  /** Makes a method the default; resolves with the updated list. Rejects with `not_found` for an unknown method. */
  setDefaultPaymentMethod?(params: WriteParams & { paymentMethodId: string }): Promise<PaymentMethod[]>;
  /**
   * Removes a method; refuses the default one while a paid subscription needs it, with
   * `payment_method_required`.
   * Rejects with `not_found` for an unknown method.
   */
  removePaymentMethod?(params: WriteParams & { paymentMethodId: string }): Promise<PaymentMethod[]>;
  /** Sends an enterprise enquiry to sales; resolves with a reference the customer can quote. */
  contactSales?(params: WriteParams & ContactSalesRequest): Promise<{ referenceId: string }>;
}

/** The names of the optional methods: what a provider may or may not be able to do. */
export type BillingCapability = {
  [Method in keyof BillingDataProvider]-?: undefined extends BillingDataProvider[Method] ? Method : never;
}[keyof BillingDataProvider];
