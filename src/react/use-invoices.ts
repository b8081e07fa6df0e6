export { type UseInvoicesOptions, useInvoice, useInvoices } from '../query';
