import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from './billing';

/*
 * The demo's "Demo customer" switch: each scenario of the demo server (examples/server/demo-data.mjs)
 * with a label saying what it shows. Picking one resets the server to that customer; the choice is
 * the `?customer=` URL parameter, so a reload (or a shared link) shows the same customer.
 */

export const DEMO_SCENARIOS = [
  'overage',
  'nearLimit',
  'blockedDowngrade',
  'outsideEu',
  'campaignVoice',
  'failingCard',
] as const;
export type DemoScenario = (typeof DEMO_SCENARIOS)[number];

/** The invoiced company, as the server holds it (the host's own data in a real app). */
export interface DemoCustomerDetails {
  name: string;
  addressLines: string[];
  country: string;
  vatId: string | null;
}

const isScenario = (value: unknown): value is DemoScenario => DEMO_SCENARIOS.includes(value as DemoScenario);

function scenarioInUrl(): DemoScenario {
  const value = new URLSearchParams(window.location.search).get('customer');
  return isScenario(value) ? value : 'overage';
}

interface DemoState {
  scenario: string;
  /** The demo customers this server holds (its Stripe mode has fewer). */
  scenarios: string[];
  customer: DemoCustomerDetails;
}

async function readState(): Promise<DemoState | null> {
  const response = await fetch('/api/demo/state').catch(() => null);
  return response?.ok ? response.json() : null;
}

/**
 * The scenario in the URL, applied to the server: `ready` once the server holds it (it is reset
 * only when it holds another, so a reload keeps what was done). `reset` starts it afresh.
 */
export function useDemoCustomer() {
  const [scenario, setScenario] = useState<DemoScenario>(scenarioInUrl);
  const [customer, setCustomer] = useState<DemoCustomerDetails | null>(null);
  const [offered, setOffered] = useState<readonly DemoScenario[]>(DEMO_SCENARIOS);
  const [ready, setReady] = useState(false);

  const reset = useCallback(async (next: DemoScenario) => {
    await fetch('/api/demo/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: next }),
    });
    setCustomer((await readState())?.customer ?? null);
    await queryClient.resetQueries();
  }, []);

  useEffect(() => {
    let active = true;
    void (async () => {
      const state = await readState();
      if (state) setOffered(DEMO_SCENARIOS.filter((option) => state.scenarios.includes(option)));
      // A customer this server does not hold (a memory-mode link in Stripe mode): show the one it holds.
      if (state && !state.scenarios.includes(scenario) && isScenario(state.scenario)) {
        setScenario(state.scenario);
        return;
      }
      if (state && state.scenario !== scenario) await reset(scenario);
      else setCustomer(state?.customer ?? null);
      if (active) setReady(true);
    })();
    return () => {
      active = false;
    };
  }, [scenario, reset]);

  const switchTo = useCallback((next: DemoScenario) => {
    const url = new URL(window.location.href);
    url.searchParams.set('customer', next);
    window.history.replaceState(null, '', url);
    setReady(false);
    setScenario(next);
  }, []);

  return { scenario, offered, customer, ready, switchTo, reset: () => reset(scenario) };
}

interface DemoCustomerSwitchProps {
  scenario: DemoScenario;
  /** The scenarios the server offers. */
  offered: readonly DemoScenario[];
  onChange: (scenario: DemoScenario) => void;
}

/** The picker, with what the chosen customer shows written under it. */
export function DemoCustomerSwitch({ scenario, offered, onChange }: DemoCustomerSwitchProps) {
  const { t } = useTranslation();
  const descriptionId = useId();
  return (
    <div className="demo-switch">
      <label className="demo-switch-field">
        <span className="demo-switch-label">{t('demo.customer')}</span>
        <select
          value={scenario}
          aria-describedby={descriptionId}
          onChange={(event) => isScenario(event.target.value) && onChange(event.target.value)}
        >
          {offered.map((option) => (
            <option key={option} value={option}>
              {t(`demo.scenarios.${option}.label`)}
            </option>
          ))}
        </select>
      </label>
      <p className="demo-switch-description" id={descriptionId}>
        {t(`demo.scenarios.${scenario}.description`)}
      </p>
    </div>
  );
}
