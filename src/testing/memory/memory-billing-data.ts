import type { AccountContext, Invoice, InvoiceParty, PaymentMethod, Plan, Subscription } from '../../core';

/** Everything the memory backend holds for one account. */
export interface MemoryBillingData {
  plans: Plan[];
  subscription: Subscription | null;
  account: AccountContext;
  /** Newest first. */
  invoices: Invoice[];
  paymentMethods: PaymentMethod[];
  /** Who issues the invoices. */
  seller: InvoiceParty;
  /** Who the invoices are made out to; the country and VAT ID decide the VAT. */
  customer: InvoiceParty;
}
