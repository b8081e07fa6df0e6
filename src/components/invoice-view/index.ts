export { InvoiceStatusBadge, InvoiceView, type InvoiceViewProps } from './invoice-view';
