export { isUnsafeLinkError, pdfFileName, saveInvoicePdf } from '../query';
