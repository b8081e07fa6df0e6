import { createInstance, type i18n as I18nInstance } from 'i18next';

/*
 * The dashboard's own i18next instance, for its own chrome. It is handed to SubscriptionKitProvider
 * too: the library adds its `subscription-kit` namespace beside ours and reads it at the locale we
 * pass, without changing this instance's language (we do that ourselves).
 */

export const LOCALES = ['en', 'da', 'fr', 'de', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the picker. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  da: 'Dansk',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};

const en = {
  nav: {
    main: 'Main',
    overview: 'Overview',
    assistants: 'Assistants',
    conversations: 'Conversations',
    integrations: 'Integrations',
    settings: 'Settings',
    organisation: 'Organisation',
    team: 'Team',
  },
  topbar: { language: 'Language', darkMode: 'Dark mode', resetDemo: 'Reset demo data', menu: 'Menu' },
  page: {
    breadcrumb: 'Settings',
    title: 'Organisation',
    subtitle: 'Your plan, usage, payment methods and invoices.',
  },
  sections: {
    billing: 'Manage billing',
    billingHint: 'Plan, billing cycle and how you pay.',
    invoices: 'Recent invoices',
    invoicesHint: 'Download a PDF for your bookkeeping.',
    details: 'Organisation details',
  },
  details: { name: 'Legal name', vat: 'VAT ID', address: 'Address', country: 'Country' },
  toast: {
    changed: 'Your plan is now {{plan}}.',
    scheduled: 'Your plan changes to {{plan}} at the end of the period.',
    cancelled: 'The scheduled change is cancelled.',
    failed: 'The plan change did not go through.',
    dismiss: 'Dismiss',
    region: 'Notifications',
  },
  cardForm: {
    title: 'Card details',
    note: 'In a real app this is your payment service’s secure field; the demo saves a test card.',
    number: 'Card number',
    expiry: 'Expiry',
    cvc: 'CVC',
    save: 'Save card',
    saving: 'Saving…',
    cancel: 'Cancel',
    iban: 'IBAN',
    saveMandate: 'Save mandate',
    error: 'The payment service could not save it. Try again.',
    invalidNumber: 'That isn’t a valid card number. Check the digits and try again.',
  },
  comingSoon: 'This page is not part of the demo. Open Settings → Organisation.',
  demo: {
    customer: 'Demo customer',
    scenarios: {
      overage: {
        label: 'Heading past the limit',
        description:
          'Nordlys Commerce (Denmark) on Ecommerce Basic: the usage nudge to upgrade, and the estimated overage on the upcoming bill.',
      },
      nearLimit: {
        label: 'Near the limit',
        description:
          'Kystlys Webshop (Denmark) on Ecommerce Basic: conversations at 90 % and documents at 85 % of the plan.',
      },
      blockedDowngrade: {
        label: 'Blocked downgrade',
        description:
          "Bergmann Handel (Germany) on Ecommerce Scale: usage over Basic's limits and Scale-only features in use block a downgrade.",
      },
      outsideEu: {
        label: 'Outside the EU',
        description:
          'Northwind Goods (United States): plans sold only in the EU are shown as unavailable, and invoices carry no VAT.',
      },
      campaignVoice: {
        label: 'Campaign and voice assistant',
        description:
          'Fjällhjälp (Sweden) with a voice assistant: the Nordic Voice plan is open to it, and the spring offer takes 20 % off Ecommerce Scale billed yearly.',
      },
      failingCard: {
        label: 'Failing card',
        description:
          'Nordlys Commerce again, but the bank declines every charge to its card: try an upgrade.',
      },
    },
  },
};

type Strings = typeof en;

const da: Strings = {
  nav: {
    main: 'Hovedmenu',
    overview: 'Overblik',
    assistants: 'Assistenter',
    conversations: 'Samtaler',
    integrations: 'Integrationer',
    settings: 'Indstillinger',
    organisation: 'Organisation',
    team: 'Team',
  },
  topbar: { language: 'Sprog', darkMode: 'Mørk tilstand', resetDemo: 'Nulstil demodata', menu: 'Menu' },
  page: {
    breadcrumb: 'Indstillinger',
    title: 'Organisation',
    subtitle: 'Dit abonnement, forbrug, betalingsmetoder og fakturaer.',
  },
  sections: {
    billing: 'Administrer betaling',
    billingHint: 'Abonnement, betalingsperiode og betalingsmåde.',
    invoices: 'Seneste fakturaer',
    invoicesHint: 'Hent en PDF til bogføringen.',
    details: 'Organisationsoplysninger',
  },
  details: { name: 'Juridisk navn', vat: 'CVR/moms-nr.', address: 'Adresse', country: 'Land' },
  toast: {
    changed: 'Dit abonnement er nu {{plan}}.',
    scheduled: 'Dit abonnement skifter til {{plan}} ved periodens udløb.',
    cancelled: 'Den planlagte ændring er annulleret.',
    failed: 'Abonnementsændringen blev ikke gennemført.',
    dismiss: 'Luk',
    region: 'Notifikationer',
  },
  cardForm: {
    title: 'Kortoplysninger',
    note: 'I en rigtig app er dette betalingsudbyderens sikre felt; demoen gemmer et testkort.',
    number: 'Kortnummer',
    expiry: 'Udløb',
    cvc: 'CVC',
    save: 'Gem kort',
    saving: 'Gemmer…',
    cancel: 'Annuller',
    iban: 'IBAN',
    saveMandate: 'Gem mandat',
    error: 'Betalingsudbyderen kunne ikke gemme den. Prøv igen.',
    invalidNumber: 'Det er ikke et gyldigt kortnummer. Tjek cifrene, og prøv igen.',
  },
  comingSoon: 'Denne side er ikke med i demoen. Åbn Indstillinger → Organisation.',
  demo: {
    customer: 'Demokunde',
    scenarios: {
      overage: {
        label: 'På vej over grænsen',
        description:
          'Nordlys Commerce (Danmark) på Ecommerce Basic: forslaget om at opgradere og det anslåede merforbrug på den kommende regning.',
      },
      nearLimit: {
        label: 'Tæt på grænsen',
        description:
          'Kystlys Webshop (Danmark) på Ecommerce Basic: samtaler på 90 % og dokumenter på 85 % af planen.',
      },
      blockedDowngrade: {
        label: 'Blokeret nedgradering',
        description:
          'Bergmann Handel (Tyskland) på Ecommerce Scale: forbrug over Basics grænser og funktioner, der kun findes i Scale, blokerer en nedgradering.',
      },
      outsideEu: {
        label: 'Uden for EU',
        description:
          'Northwind Goods (USA): planer, der kun sælges i EU, vises som utilgængelige, og fakturaerne er uden moms.',
      },
      campaignVoice: {
        label: 'Kampagne og stemmeassistent',
        description:
          'Fjällhjälp (Sverige) med en stemmeassistent: den nordiske Voice-plan er åben for den, og forårstilbuddet giver 20 % rabat på Ecommerce Scale ved årlig betaling.',
      },
      failingCard: {
        label: 'Kort, der afvises',
        description: 'Nordlys Commerce igen, men banken afviser alle træk på kortet: prøv at opgradere.',
      },
    },
  },
};

const fr: Strings = {
  nav: {
    main: 'Menu principal',
    overview: 'Vue d’ensemble',
    assistants: 'Assistants',
    conversations: 'Conversations',
    integrations: 'Intégrations',
    settings: 'Paramètres',
    organisation: 'Organisation',
    team: 'Équipe',
  },
  topbar: {
    language: 'Langue',
    darkMode: 'Mode sombre',
    resetDemo: 'Réinitialiser la démo',
    menu: 'Menu',
  },
  page: {
    breadcrumb: 'Paramètres',
    title: 'Organisation',
    subtitle: 'Votre forfait, votre consommation, vos moyens de paiement et vos factures.',
  },
  sections: {
    billing: 'Gérer la facturation',
    billingHint: 'Forfait, cycle de facturation et moyen de paiement.',
    invoices: 'Factures récentes',
    invoicesHint: 'Téléchargez le PDF pour votre comptabilité.',
    details: 'Informations sur l’organisation',
  },
  details: { name: 'Raison sociale', vat: 'N° de TVA', address: 'Adresse', country: 'Pays' },
  toast: {
    changed: 'Votre forfait est désormais {{plan}}.',
    scheduled: 'Votre forfait passera à {{plan}} à la fin de la période.',
    cancelled: 'Le changement programmé est annulé.',
    failed: 'Le changement de forfait n’a pas abouti.',
    dismiss: 'Fermer',
    region: 'Notifications',
  },
  cardForm: {
    title: 'Informations de carte',
    note: 'Dans une vraie application, c’est le champ sécurisé de votre prestataire de paiement ; la démo enregistre une carte de test.',
    number: 'Numéro de carte',
    expiry: 'Expiration',
    cvc: 'CVC',
    save: 'Enregistrer la carte',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    iban: 'IBAN',
    saveMandate: 'Enregistrer le mandat',
    error: 'Le prestataire de paiement n’a pas pu l’enregistrer. Réessayez.',
    invalidNumber: 'Ce numéro de carte n’est pas valide. Vérifiez les chiffres et réessayez.',
  },
  comingSoon: 'Cette page ne fait pas partie de la démo. Ouvrez Paramètres → Organisation.',
  demo: {
    customer: 'Client de démonstration',
    scenarios: {
      overage: {
        label: 'Au-delà de la limite',
        description:
          "Nordlys Commerce (Danemark) sur Ecommerce Basic : l'incitation à passer à l'offre supérieure et le dépassement estimé sur la prochaine facture.",
      },
      nearLimit: {
        label: 'Proche de la limite',
        description:
          "Kystlys Webshop (Danemark) sur Ecommerce Basic : conversations à 90 % et documents à 85 % de l'offre.",
      },
      blockedDowngrade: {
        label: 'Rétrogradation bloquée',
        description:
          'Bergmann Handel (Allemagne) sur Ecommerce Scale : une utilisation au-delà des limites de Basic et des fonctionnalités propres à Scale bloquent la rétrogradation.',
      },
      outsideEu: {
        label: "Hors de l'UE",
        description:
          "Northwind Goods (États-Unis) : les offres vendues uniquement dans l'UE apparaissent comme indisponibles, et les factures sont sans TVA.",
      },
      campaignVoice: {
        label: 'Promotion et assistant vocal',
        description:
          "Fjällhjälp (Suède) avec un assistant vocal : l'offre nordique Voice lui est ouverte, et l'offre de printemps retire 20 % à Ecommerce Scale en facturation annuelle.",
      },
      failingCard: {
        label: 'Carte refusée',
        description:
          "De nouveau Nordlys Commerce, mais la banque refuse tout débit sur sa carte : essayez de passer à l'offre supérieure.",
      },
    },
  },
};

const de: Strings = {
  nav: {
    main: 'Hauptmenü',
    overview: 'Übersicht',
    assistants: 'Assistenten',
    conversations: 'Unterhaltungen',
    integrations: 'Integrationen',
    settings: 'Einstellungen',
    organisation: 'Organisation',
    team: 'Team',
  },
  topbar: {
    language: 'Sprache',
    darkMode: 'Dunkelmodus',
    resetDemo: 'Demodaten zurücksetzen',
    menu: 'Menü',
  },
  page: {
    breadcrumb: 'Einstellungen',
    title: 'Organisation',
    subtitle: 'Ihr Tarif, Ihre Nutzung, Zahlungsmethoden und Rechnungen.',
  },
  sections: {
    billing: 'Abrechnung verwalten',
    billingHint: 'Tarif, Abrechnungszeitraum und Zahlungsweise.',
    invoices: 'Letzte Rechnungen',
    invoicesHint: 'Laden Sie das PDF für Ihre Buchhaltung herunter.',
    details: 'Angaben zur Organisation',
  },
  details: { name: 'Firmenname', vat: 'USt-IdNr.', address: 'Adresse', country: 'Land' },
  toast: {
    changed: 'Ihr Tarif ist jetzt {{plan}}.',
    scheduled: 'Ihr Tarif wechselt zum Ende des Zeitraums zu {{plan}}.',
    cancelled: 'Die geplante Änderung wurde storniert.',
    failed: 'Die Tarifänderung wurde nicht durchgeführt.',
    dismiss: 'Schließen',
    region: 'Benachrichtigungen',
  },
  cardForm: {
    title: 'Kartendaten',
    note: 'In einer echten App ist dies das sichere Feld Ihres Zahlungsdienstes; die Demo speichert eine Testkarte.',
    number: 'Kartennummer',
    expiry: 'Gültig bis',
    cvc: 'CVC',
    save: 'Karte speichern',
    saving: 'Wird gespeichert…',
    cancel: 'Abbrechen',
    iban: 'IBAN',
    saveMandate: 'Mandat speichern',
    error: 'Der Zahlungsdienst konnte sie nicht speichern. Versuchen Sie es erneut.',
    invalidNumber: 'Das ist keine gültige Kartennummer. Prüfen Sie die Ziffern und versuchen Sie es erneut.',
  },
  comingSoon: 'Diese Seite gehört nicht zur Demo. Öffnen Sie Einstellungen → Organisation.',
  demo: {
    customer: 'Demo-Kunde',
    scenarios: {
      overage: {
        label: 'Über dem Limit',
        description:
          'Nordlys Commerce (Dänemark) mit Ecommerce Basic: der Hinweis zum Upgrade und die geschätzte Mehrnutzung auf der nächsten Rechnung.',
      },
      nearLimit: {
        label: 'Nah am Limit',
        description:
          'Kystlys Webshop (Dänemark) mit Ecommerce Basic: Unterhaltungen bei 90 % und Dokumente bei 85 % des Tarifs.',
      },
      blockedDowngrade: {
        label: 'Blockiertes Downgrade',
        description:
          'Bergmann Handel (Deutschland) mit Ecommerce Scale: Nutzung über den Limits von Basic und genutzte Scale-Funktionen blockieren ein Downgrade.',
      },
      outsideEu: {
        label: 'Außerhalb der EU',
        description:
          'Northwind Goods (USA): Tarife, die nur in der EU verkauft werden, erscheinen als nicht verfügbar, und die Rechnungen enthalten keine Umsatzsteuer.',
      },
      campaignVoice: {
        label: 'Aktion und Sprachassistent',
        description:
          'Fjällhjälp (Schweden) mit einem Sprachassistenten: Der nordische Voice-Tarif steht ihm offen, und das Frühjahrsangebot gibt 20 % Rabatt auf Ecommerce Scale bei jährlicher Zahlung.',
      },
      failingCard: {
        label: 'Abgelehnte Karte',
        description:
          'Wieder Nordlys Commerce, aber die Bank lehnt jede Belastung der Karte ab: Versuchen Sie ein Upgrade.',
      },
    },
  },
};

const es: Strings = {
  nav: {
    main: 'Menú principal',
    overview: 'Resumen',
    assistants: 'Asistentes',
    conversations: 'Conversaciones',
    integrations: 'Integraciones',
    settings: 'Ajustes',
    organisation: 'Organización',
    team: 'Equipo',
  },
  topbar: {
    language: 'Idioma',
    darkMode: 'Modo oscuro',
    resetDemo: 'Restablecer la demo',
    menu: 'Menú',
  },
  page: {
    breadcrumb: 'Ajustes',
    title: 'Organización',
    subtitle: 'Tu plan, tu consumo, tus métodos de pago y tus facturas.',
  },
  sections: {
    billing: 'Gestionar la facturación',
    billingHint: 'Plan, ciclo de facturación y forma de pago.',
    invoices: 'Facturas recientes',
    invoicesHint: 'Descarga el PDF para tu contabilidad.',
    details: 'Datos de la organización',
  },
  details: { name: 'Razón social', vat: 'NIF-IVA', address: 'Dirección', country: 'País' },
  toast: {
    changed: 'Tu plan ahora es {{plan}}.',
    scheduled: 'Tu plan cambiará a {{plan}} al final del periodo.',
    cancelled: 'El cambio programado se ha cancelado.',
    failed: 'El cambio de plan no se ha completado.',
    dismiss: 'Cerrar',
    region: 'Notificaciones',
  },
  cardForm: {
    title: 'Datos de la tarjeta',
    note: 'En una app real, este es el campo seguro de tu proveedor de pagos; la demo guarda una tarjeta de prueba.',
    number: 'Número de tarjeta',
    expiry: 'Caducidad',
    cvc: 'CVC',
    save: 'Guardar tarjeta',
    saving: 'Guardando…',
    cancel: 'Cancelar',
    iban: 'IBAN',
    saveMandate: 'Guardar mandato',
    error: 'El proveedor de pagos no ha podido guardarla. Inténtalo de nuevo.',
    invalidNumber: 'Ese número de tarjeta no es válido. Revisa los dígitos e inténtalo de nuevo.',
  },
  comingSoon: 'Esta página no forma parte de la demo. Abre Ajustes → Organización.',
  demo: {
    customer: 'Cliente de demostración',
    scenarios: {
      overage: {
        label: 'Por encima del límite',
        description:
          'Nordlys Commerce (Dinamarca) en Ecommerce Basic: la sugerencia de mejorar el plan y el exceso estimado en la próxima factura.',
      },
      nearLimit: {
        label: 'Cerca del límite',
        description:
          'Kystlys Webshop (Dinamarca) en Ecommerce Basic: conversaciones al 90 % y documentos al 85 % del plan.',
      },
      blockedDowngrade: {
        label: 'Cambio a un plan inferior bloqueado',
        description:
          'Bergmann Handel (Alemania) en Ecommerce Scale: un uso por encima de los límites de Basic y funciones exclusivas de Scale en uso impiden bajar de plan.',
      },
      outsideEu: {
        label: 'Fuera de la UE',
        description:
          'Northwind Goods (Estados Unidos): los planes que solo se venden en la UE aparecen como no disponibles y las facturas no llevan IVA.',
      },
      campaignVoice: {
        label: 'Promoción y asistente de voz',
        description:
          'Fjällhjälp (Suecia) con un asistente de voz: el plan nórdico Voice está disponible para él y la oferta de primavera descuenta un 20 % en Ecommerce Scale con pago anual.',
      },
      failingCard: {
        label: 'Tarjeta rechazada',
        description:
          'De nuevo Nordlys Commerce, pero el banco rechaza todos los cargos en su tarjeta: prueba a mejorar el plan.',
      },
    },
  },
};

export const DASHBOARD_NAMESPACE = 'dashboard';

/** A fresh instance (never i18next's global one), initialised synchronously with every language. */
export function createDashboardI18n(locale: Locale): I18nInstance {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    ns: [DASHBOARD_NAMESPACE],
    defaultNS: DASHBOARD_NAMESPACE,
    resources: Object.fromEntries(
      Object.entries({ en, da, fr, de, es }).map(([lng, strings]) => [
        lng,
        { [DASHBOARD_NAMESPACE]: strings },
      ]),
    ),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}
