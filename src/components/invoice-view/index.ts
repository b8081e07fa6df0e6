export { InvoiceStatusBadge, type InvoiceStatusBadgeProps } from './invoice-status-badge';
export { InvoiceView, type InvoiceViewProps } from './invoice-view';
