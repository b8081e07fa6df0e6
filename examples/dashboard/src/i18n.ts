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
