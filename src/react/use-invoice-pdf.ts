export { useInvoicePdf } from '../query';
