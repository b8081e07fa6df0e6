import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import {
  type PaymentFailureCode,
  type SubscriptionKitEvent,
  SubscriptionKitProvider,
} from 'subscription-kit';
import { billing, demoClock, queryClient, SUPPORT_URL, translations } from './billing';
import { type DemoCustomerDetails, DemoCustomerSwitch, useDemoCustomer } from './demo-customer';
import { createDashboardI18n, isLocale, LOCALE_NAMES, LOCALES, type Locale } from './i18n';
import { OrganisationPage } from './organisation-page';
import { Toasts, type ToastsHandle } from './toasts';

/*
 * The host app: its own shell (sidebar, top bar, locale picker, dark mode), its own QueryClient and
 * i18next instance, and the subscription-kit components on the Organisation page.
 */

type Theme = 'light' | 'dark';
type Page = 'overview' | 'assistants' | 'conversations' | 'integrations' | 'organisation' | 'team';

const MAIN_PAGES: Page[] = ['overview', 'assistants', 'conversations', 'integrations'];
const SETTINGS_PAGES: Page[] = ['organisation', 'team'];

/** `?lang=da&theme=dark` wins (handy for links and screenshots), then what was picked last time. */
function initialSetting<Value extends string>(
  name: string,
  isValid: (value: unknown) => boolean,
  fallback: Value,
) {
  const fromUrl = new URLSearchParams(window.location.search).get(name);
  if (isValid(fromUrl)) return fromUrl as Value;
  const stored = window.localStorage.getItem(`dashboard.${name}`);
  return isValid(stored) ? (stored as Value) : fallback;
}

const isTheme = (value: unknown) => value === 'light' || value === 'dark';

export function App() {
  const [locale, setLocale] = useState<Locale>(() => initialSetting('lang', isLocale, 'en'));
  const [theme, setTheme] = useState<Theme>(() =>
    initialSetting(
      'theme',
      isTheme,
      window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    ),
  );
  // One instance for the app's lifetime; the language changes on it, the library follows `locale`.
  const [i18n] = useState(() => createDashboardI18n(locale));
  const toasts = useRef<ToastsHandle>(null);
  const [paymentFailure, setPaymentFailure] = useState<PaymentFailureCode | undefined>();

  useEffect(() => {
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    window.localStorage.setItem('dashboard.lang', locale);
  }, [i18n, locale]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
    window.localStorage.setItem('dashboard.theme', theme);
  }, [theme]);

  const onEvent = useCallback((event: SubscriptionKitEvent) => {
    if (event.type === 'plan_change_failed' && isPaymentFailure(event.code)) setPaymentFailure(event.code);
    if (event.type === 'plan_change_completed') setPaymentFailure(undefined);
    toasts.current?.report(event);
  }, []);

  const demo = useDemoCustomer();
  const { reset: resetDemoData, switchTo } = demo;
  const resetDemo = useCallback(async () => {
    setPaymentFailure(undefined);
    await resetDemoData();
  }, [resetDemoData]);

  return (
    <I18nextProvider i18n={i18n}>
      <SubscriptionKitProvider
        dataProvider={billing}
        queryClient={queryClient}
        i18n={i18n}
        locale={locale}
        translations={translations}
        theme={theme}
        onEvent={onEvent}
        supportUrl={SUPPORT_URL}
        now={demoClock}
      >
        {/* sk-Root gives the shell the library's --sk-* tokens, so host and library share one theme. */}
        <div className="sk-Root app" data-sk-theme={theme}>
          <Shell
            locale={locale}
            onLocaleChange={setLocale}
            theme={theme}
            onThemeChange={setTheme}
            onResetDemo={resetDemo}
            customer={demo.customer}
            demoSwitch={
              <DemoCustomerSwitch
                scenario={demo.scenario}
                offered={demo.offered}
                onChange={(scenario) => {
                  setPaymentFailure(undefined);
                  switchTo(scenario);
                }}
              />
            }
          >
            {(page) =>
              !demo.ready ? null : page === 'organisation' ? (
                <OrganisationPage
                  locale={locale}
                  customer={demo.customer}
                  paymentFailure={paymentFailure}
                  onPaymentMethodAdded={() => setPaymentFailure(undefined)}
                />
              ) : (
                <PlaceholderPage page={page} />
              )
            }
          </Shell>
          {/* Its queries wait, like the pages', until the demo session and customer are ready. */}
          {demo.ready && <Toasts ref={toasts} />}
        </div>
      </SubscriptionKitProvider>
    </I18nextProvider>
  );
}

function isPaymentFailure(code: string): code is PaymentFailureCode {
  return code === 'payment_declined' || code === 'insufficient_funds' || code === 'card_expired';
}

/* -------------------------------------------------------------------------------------------------
 * Shell
 * -----------------------------------------------------------------------------------------------*/

interface ShellProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  onResetDemo: () => void;
  /** The demo customer's company, for the workspace name. */
  customer: DemoCustomerDetails | null;
  /** The "Demo customer" picker, above every page. */
  demoSwitch: ReactNode;
  children: (page: Page) => ReactNode;
}

function Shell({
  locale,
  onLocaleChange,
  theme,
  onThemeChange,
  onResetDemo,
  customer,
  demoSwitch,
  children,
}: ShellProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState<Page>('organisation');
  const [navOpen, setNavOpen] = useState(false);
  const navItem = (item: Page) => (
    <li key={item}>
      <a
        href={`#${item}`}
        className="nav-link"
        aria-current={item === page ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          setPage(item);
          setNavOpen(false);
        }}
      >
        <NavIcon page={item} />
        {t(`nav.${item}`)}
      </a>
    </li>
  );
  return (
    <div className="shell" data-nav-open={navOpen || undefined}>
      <aside className="sidebar" id="sidebar">
        <div className="sidebar-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              S
            </span>
            <span className="brand-name">SmartTalk</span>
          </div>
          <div className="workspace">
            <span className="workspace-avatar" aria-hidden="true">
              {customer?.name.charAt(0)}
            </span>
            <span className="workspace-name">{customer?.name}</span>
          </div>
          <nav aria-label={t('nav.main')}>
            <ul className="nav-list">{MAIN_PAGES.map(navItem)}</ul>
            <p className="nav-heading">{t('nav.settings')}</p>
            <ul className="nav-list">{SETTINGS_PAGES.map(navItem)}</ul>
          </nav>
          <div className="sidebar-footer">
            <span className="user-avatar" aria-hidden="true">
              FH
            </span>
            <span className="user-text">
              <span className="user-name">Freja Holm</span>
              <span className="user-email">freja@nordlys.dk</span>
            </span>
          </div>
        </div>
      </aside>
      <button
        type="button"
        className="scrim"
        aria-label={t('toast.dismiss')}
        tabIndex={-1}
        onClick={() => setNavOpen(false)}
      />
      <div className="main">
        <header className="topbar">
          <button
            type="button"
            className="icon-button menu-button"
            aria-label={t('topbar.menu')}
            aria-expanded={navOpen}
            aria-controls="sidebar"
            onClick={() => setNavOpen((open) => !open)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path
                d="M3 5h14M3 10h14M3 15h14"
                stroke="currentColor"
                strokeWidth="1.75"
                strokeLinecap="round"
              />
            </svg>
          </button>
          <div className="topbar-spacer" />
          <label className="locale-picker">
            <span className="visually-hidden">{t('topbar.language')}</span>
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <circle cx="10" cy="10" r="7.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path
                d="M2.75 10h14.5M10 2.75c2 2.2 2.9 4.6 2.9 7.25S12 15.05 10 17.25C8 15.05 7.1 12.65 7.1 10S8 4.95 10 2.75z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
              />
            </svg>
            <select
              value={locale}
              onChange={(event) => isLocale(event.target.value) && onLocaleChange(event.target.value)}
            >
              {LOCALES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LOCALE_NAMES[option]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="icon-button"
            role="switch"
            aria-checked={theme === 'dark'}
            aria-label={t('topbar.darkMode')}
            title={t('topbar.darkMode')}
            onClick={() => onThemeChange(theme === 'dark' ? 'light' : 'dark')}
          >
            {theme === 'dark' ? (
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path
                  d="M16.5 12.3A7 7 0 0 1 7.7 3.5a7 7 0 1 0 8.8 8.8z"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinejoin="round"
                />
              </svg>
            ) : (
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <circle cx="10" cy="10" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <path
                  d="M10 1.75v2M10 16.25v2M1.75 10h2M16.25 10h2M4.2 4.2l1.4 1.4M14.4 14.4l1.4 1.4M4.2 15.8l1.4-1.4M14.4 5.6l1.4-1.4"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinecap="round"
                />
              </svg>
            )}
          </button>
          <button type="button" className="text-button" onClick={onResetDemo}>
            {t('topbar.resetDemo')}
          </button>
        </header>
        <main className="content" id="content">
          {demoSwitch}
          {children(page)}
        </main>
      </div>
    </div>
  );
}

function PlaceholderPage({ page }: { page: Page }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t(`nav.${page}`)}</h1>
      </header>
      <p className="placeholder">{t('comingSoon')}</p>
    </div>
  );
}

/** Simple line icons for the navigation; decorative. */
function NavIcon({ page }: { page: Page }) {
  const paths: Record<Page, string> = {
    overview: 'M3 10.5 10 4l7 6.5M5 9v7h10V9',
    assistants:
      'M6 7h8a3 3 0 0 1 3 3v3a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3v-3a3 3 0 0 1 3-3zM10 3v4M7.5 11.5h.01M12.5 11.5h.01',
    conversations: 'M4 4h12v9H8l-4 3z',
    integrations: 'M7 3v4M13 3v4M5 7h10v3a5 5 0 0 1-10 0zM10 15v2',
    organisation: 'M4 17V5l6-2v14M10 7h6v10M6.5 8h1M6.5 11h1M6.5 14h1M12.5 10h1M12.5 13h1',
    team: 'M7.5 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 16c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4M13 4.5a2.5 2.5 0 0 1 0 4.5M14.5 12c1.5.5 2.5 1.8 2.5 4',
  };
  return (
    <svg className="nav-icon" viewBox="0 0 20 20" aria-hidden="true">
      <path
        d={paths[page]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
