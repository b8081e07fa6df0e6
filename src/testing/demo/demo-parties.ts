import type { InvoiceParty } from '../../core';
import type { DemoAccountName } from './demo-accounts';

/** A company at a street address; `vatId` is null when it is not registered for VAT. */
function company(
  name: string,
  street: string,
  city: string,
  country: string,
  vatId: string | null,
): InvoiceParty {
  return { name, addressLines: [street, city], country, vatId };
}

/** The company that issues every demo invoice (the product page's SaaS, in Copenhagen). */
export const demoSeller = company('AI SmartTalk ApS', 'Njalsgade 76', '2300 København S', 'DK', 'DK41234567');

/** The invoiced company of each demo account; the country and VAT ID decide each one's VAT. */
export const demoCustomers: Record<DemoAccountName, InvoiceParty> = {
  /** Domestic (Danish) business: 25 % VAT. */
  ecommerceTrial: company('Nordlys Commerce ApS', 'Vesterbrogade 12', '1620 København V', 'DK', 'DK38765432'),
  /** A Swedish business with a VAT ID: reverse charge. */
  supportTemplate: company('Fjällhjälp AB', 'Drottninggatan 25', '111 51 Stockholm', 'SE', 'SE556677889901'),
  /** Not registered for VAT in France: French VAT, 20 %. */
  unknownTemplate: company('Atelier Lumière', '12 rue de la Paix', '75002 Paris', 'FR', null),
  /** Not registered for VAT in Germany: German VAT, 19 %. */
  blockedDowngrade: company('Bergmann Handel GmbH', 'Friedrichstraße 68', '10117 Berlin', 'DE', null),
  needsEnterprise: company('Hygge Home A/S', 'Åboulevarden 20', '8000 Aarhus C', 'DK', 'DK29876543'),
  /** Outside the EU: no VAT. */
  beyondCatalog: company('Fjordhjelp AS', 'Karl Johans gate 1', '0154 Oslo', 'NO', 'NO987654321MVA'),
  nearLimit: company('Kystlys Webshop ApS', 'Strandvejen 140', '2900 Hellerup', 'DK', 'DK35791357'),
};
