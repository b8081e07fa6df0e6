export { InvoiceList, type InvoiceListProps } from './invoice-list';
