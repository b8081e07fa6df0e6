import type { InvoiceParty } from '../../core';

/**
 * Standard VAT rates of the EU member states, in basis points (2550 = 25.5 %). Tax rules live
 * here, in the reference backend, and not in core: a real backend owns them.
 */
const euVatBasisPoints: Readonly<Record<string, number>> = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  FR: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
};

/** How an invoice from `seller` to `customer` is taxed. */
export interface VatTreatment {
  /** 0 for reverse charge and for customers outside the EU. */
  basisPoints: number;
  reverseCharge: boolean;
  /** False outside the EU: the invoice carries no VAT line at all. */
  taxed: boolean;
}

/**
 * VAT of a digital service sold from an EU seller: the customer's country decides the rate
 * (domestic customers and EU consumers alike, the OSS rule); an EU business with a VAT ID in
 * another member state than the seller's gets a reverse charge; outside the EU there is no VAT.
 */
export function vatTreatment(seller: InvoiceParty, customer: InvoiceParty): VatTreatment {
  const country = customer.country.toUpperCase();
  const basisPoints = euVatBasisPoints[country];
  if (basisPoints === undefined) return { basisPoints: 0, reverseCharge: false, taxed: false };
  if (customer.vatId && country !== seller.country.toUpperCase()) {
    return { basisPoints: 0, reverseCharge: true, taxed: true };
  }
  return { basisPoints, reverseCharge: false, taxed: true };
}
