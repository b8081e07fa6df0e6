// The demo server's invoice PDF: an A4 page laid out like an invoice (seller and customer, number,
// dates, lines, tax, totals and status), in the customer's language, drawn with pdf-lib. It lives
// in the demo server only; the library itself never draws PDFs (a provider hands them over).
import { createRequire } from 'node:module';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const require = createRequire(import.meta.url);

/** The languages the library ships strings for; the PDF reuses its invoice strings. */
const LOCALES = ['en', 'da', 'de', 'es', 'fr'];

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const INK = rgb(0.1, 0.11, 0.14);
const MUTED = rgb(0.4, 0.42, 0.47);
const RULE = rgb(0.85, 0.86, 0.89);
const ACCENT = rgb(0.27, 0.23, 0.75);

/** The first supported language of an `Accept-Language` header, or English. */
export function invoiceLocaleOf(acceptLanguage) {
  for (const part of String(acceptLanguage ?? '').split(',')) {
    const language = part.trim().split(';')[0]?.split('-')[0]?.toLowerCase();
    if (LOCALES.includes(language)) return language;
  }
  return 'en';
}

/**
 * @param {import('subscription-kit').Invoice} invoice
 * @param {string} locale one of en, da, de, es, fr
 * @returns {Promise<Uint8Array>}
 */
export async function renderInvoicePdf(invoice, locale) {
  // The repository's own locale files, the ones the package ships: the demo runs from the repository,
  // and its tests run before the package is built.
  const strings = require(`../../locales/${locale}/subscription-kit.json`);
  const t = (key, values = {}) =>
    key
      .split('.')
      .reduce((node, part) => node?.[part], strings)
      ?.replace(/{{\s*(\w+)\s*}}/g, (_, name) => String(values[name] ?? '')) ?? key;
  const money = (value) => printable(formatMoney(value, locale));
  const date = (instant) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(instant));

  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t('invoiceView.title', { number: invoice.number })}`);
  pdf.setSubject(invoice.number);
  pdf.setAuthor(invoice.seller.name);
  pdf.setLanguage(locale);
  pdf.setCreationDate(new Date(invoice.issuedAt));
  pdf.setModificationDate(new Date(invoice.issuedAt));
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const pen = createPen(pdf, fonts);

  // Header: the seller's name, the title, the status.
  pen.text(invoice.seller.name, { size: 16, font: 'bold', color: ACCENT });
  pen.text(t('invoiceView.title', { number: invoice.number }), { size: 20, font: 'bold', align: 'right' });
  pen.down(28);
  pen.text(t(`invoices.status.${invoice.status}`).toUpperCase(), {
    size: 10,
    font: 'bold',
    align: 'right',
    color: invoice.status === 'paid' ? rgb(0.1, 0.5, 0.25) : ACCENT,
  });
  pen.down(28);

  // Parties and dates, side by side.
  const top = pen.y;
  const country = (code) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  pen.party(t('invoiceView.seller'), invoice.seller, { t, country, x: PAGE.margin });
  const afterSeller = pen.y;
  pen.y = top;
  pen.party(t('invoiceView.customer'), invoice.customer, { t, country, x: PAGE.margin + 190 });
  const afterCustomer = pen.y;
  pen.y = top;
  const facts = [
    [t('invoiceView.number'), invoice.number],
    [t('invoiceView.issuedAt'), date(invoice.issuedAt)],
    ...(invoice.dueAt ? [[t('invoiceView.dueAt'), date(invoice.dueAt)]] : []),
    [t('invoices.columns.status'), t(`invoices.status.${invoice.status}`)],
  ];
  for (const [label, value] of facts) {
    pen.text(printable(label), { size: 8, color: MUTED, x: PAGE.margin + 380 });
    pen.down(11);
    pen.text(printable(value), { size: 10, x: PAGE.margin + 380 });
    pen.down(17);
  }
  pen.y = Math.min(pen.y, afterSeller, afterCustomer) - 16;

  // Lines.
  const columns = [
    { key: 'invoiceView.lines.description', x: PAGE.margin, align: 'left' },
    { key: 'invoiceView.lines.quantity', x: PAGE.margin + 320, align: 'right' },
    { key: 'invoiceView.lines.unitAmount', x: PAGE.margin + 410, align: 'right' },
    { key: 'invoiceView.lines.amount', x: PAGE.width - PAGE.margin, align: 'right' },
  ];
  pen.text(t('invoiceView.lines.caption'), { size: 11, font: 'bold' });
  pen.down(18);
  for (const column of columns) pen.text(t(column.key), { size: 8, color: MUTED, at: column });
  pen.down(6);
  pen.rule();
  pen.down(14);
  for (const line of invoice.lines) {
    pen.ensureRoom(40);
    pen.text(printable(line.description), { size: 10, at: columns[0], maxWidth: 300 });
    pen.text(new Intl.NumberFormat(locale).format(line.quantity), { size: 10, at: columns[1] });
    pen.text(money(line.unitAmount), { size: 10, at: columns[2] });
    pen.text(money(line.amount), { size: 10, at: columns[3] });
    if (line.period) {
      pen.down(12);
      const period = t('invoiceView.lines.period', {
        start: date(line.period.start),
        end: date(line.period.end),
      });
      const kind =
        line.kind === 'proration' || line.kind === 'overage'
          ? `${t(`invoiceView.lines.${line.kind}`)} · `
          : '';
      pen.text(printable(kind + period), { size: 8, color: MUTED });
    }
    pen.down(10);
    pen.rule();
    pen.down(14);
  }

  // Tax breakdown, or why there is none.
  pen.ensureRoom(140);
  pen.down(6);
  if (invoice.taxes.length > 0) {
    for (const tax of invoice.taxes) {
      const rate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
        tax.ratePercent / 100,
      );
      pen.text(
        printable(
          `${t('invoiceView.taxes.name', { name: tax.name, rate })} · ${t('invoiceView.taxes.taxable')} ${money(tax.taxableAmount)}`,
        ),
        {
          size: 9,
          color: MUTED,
        },
      );
      pen.text(money(tax.amount), { size: 9, color: MUTED, align: 'right' });
      pen.down(14);
    }
  } else {
    const note = invoice.reverseCharge ? t('invoiceView.reverseCharge') : t('invoiceView.noTax');
    pen.paragraph(printable(note), { size: 9, color: MUTED, maxWidth: PAGE.width - 2 * PAGE.margin });
  }
  pen.down(10);

  // Totals, right-aligned.
  const totals = [
    ['invoiceView.subtotal', invoice.subtotal],
    [
      'invoiceView.tax',
      sumOf(
        invoice.taxes.map((tax) => tax.amount),
        invoice.currency,
      ),
    ],
    ['invoiceView.total', invoice.total, 'bold'],
    ['invoiceView.amountPaid', invoice.amountPaid],
    ['invoiceView.amountDue', invoice.amountDue, 'bold'],
  ];
  for (const [key, value, font = 'regular'] of totals) {
    pen.text(t(key), { size: font === 'bold' ? 11 : 10, font, x: PAGE.margin + 300 });
    pen.text(money(value), { size: font === 'bold' ? 11 : 10, font, align: 'right' });
    pen.down(16);
  }

  return pdf.save({ useObjectStreams: false });
}

/** A cursor that writes down the page and starts a new one when it runs out of room. */
function createPen(pdf, fonts) {
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  const pen = {
    y: PAGE.height - PAGE.margin,
    down(points) {
      pen.y -= points;
    },
    ensureRoom(points) {
      if (pen.y - points > PAGE.margin) return;
      page = pdf.addPage([PAGE.width, PAGE.height]);
      pen.y = PAGE.height - PAGE.margin;
    },
    text(value, { size = 10, font = 'regular', color = INK, x, align = 'left', at, maxWidth } = {}) {
      const face = fonts[font];
      const alignment = at?.align ?? align;
      let text = value;
      while (maxWidth && text.length > 1 && face.widthOfTextAtSize(text, size) > maxWidth) {
        text = `${text.slice(0, -2)}…`;
      }
      const width = face.widthOfTextAtSize(text, size);
      const left = at?.x ?? x ?? (alignment === 'right' ? PAGE.width - PAGE.margin : PAGE.margin);
      page.drawText(text, {
        x: alignment === 'right' ? left - width : left,
        y: pen.y,
        size,
        font: face,
        color,
      });
    },
    paragraph(value, { size, color, maxWidth }) {
      const face = fonts.regular;
      let line = '';
      for (const word of value.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (face.widthOfTextAtSize(next, size) > maxWidth && line) {
          pen.text(line, { size, color });
          pen.down(size + 4);
          line = word;
        } else line = next;
      }
      if (line) pen.text(line, { size, color });
      pen.down(size + 6);
    },
    rule() {
      page.drawLine({
        start: { x: PAGE.margin, y: pen.y },
        end: { x: PAGE.width - PAGE.margin, y: pen.y },
        thickness: 0.5,
        color: RULE,
      });
    },
    party(heading, party, { t, country, x }) {
      pen.text(printable(heading), { size: 8, color: MUTED, x });
      pen.down(13);
      pen.text(printable(party.name), { size: 10, font: 'bold', x });
      for (const line of party.addressLines) {
        pen.down(13);
        pen.text(printable(line), { size: 10, x });
      }
      pen.down(13);
      pen.text(printable(country(party.country)), { size: 10, x });
      if (party.vatId) {
        pen.down(13);
        pen.text(printable(t('invoiceView.vatId', { vatId: party.vatId })), { size: 9, color: MUTED, x });
      }
      pen.down(17);
    },
  };
  return pen;
}

function formatMoney({ amount, currency }, locale) {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** digits);
}

function sumOf(amounts, currency) {
  return { amount: amounts.reduce((total, money) => total + money.amount, 0), currency };
}

/**
 * The text as the standard PDF fonts can draw it (Windows-1252): the narrow and thin spaces and
 * the minus sign that `Intl` writes become their plain forms; anything else unknown a "?".
 */
function printable(text) {
  return String(text)
    .replace(/[\u202F\u2009\u2007]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u20AC\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/g, '?');
}
