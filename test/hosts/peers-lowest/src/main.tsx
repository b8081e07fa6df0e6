import { createInstance } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import 'subscription-kit/styles.css';
import { App } from './app';

// The host's own i18next instance, initialised by the host with its own namespace; the library adds
// its namespace to it.
const hostI18n = createInstance();
await hostI18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'host',
  ns: ['host'],
  resources: { en: { host: { title: 'Acme workspace billing', plans: '{{count}} plans in the catalog' } } },
  interpolation: { escapeValue: false },
});

const container = document.getElementById('root');
if (!container) throw new Error('No #root element');
createRoot(container).render(
  <StrictMode>
    <App i18n={hostI18n} />
  </StrictMode>,
);
