import { render, screen } from '@testing-library/react';
import { BillingErrorMessage, PlanCard, SubscriptionKitProvider } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { describe, expect, it } from 'vitest';
import { planNamed } from '../../stories/scenarios';

/*
 * The host's `supportUrl` becomes the "Contact support" link of an unavailable plan and of an error
 * that sends the customer to support. React 18 renders a `javascript:` href as it is (a click runs
 * it); React 19 swaps in a script that throws. Either way, only a safe URL may become a link.
 */

const scale = planNamed('Ecommerce Scale');
const regionOnly = [{ code: 'region' as const, params: { country: 'US', allowed: ['DK'] } }];

function renderSupportSpots(supportUrl: string) {
  render(
    <main>
      <SubscriptionKitProvider supportUrl={supportUrl}>
        <PlanCard plan={scale} unavailableReasons={regionOnly} />
        <BillingErrorMessage code="plan_unavailable" />
      </SubscriptionKitProvider>
    </main>,
  );
}

function hrefsOnPage(): string[] {
  return [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? '');
}

describe('given a javascript: support URL from the host, in Chromium', () => {
  it('offers no "Contact support" link, on the unavailable plan or under the error', () => {
    renderSupportSpots('javascript:window.__supportLinkRan = true');
    expect(screen.queryAllByRole('link', { name: 'Contact support' })).toEqual([]);
    expect(hrefsOnPage().filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
  });

  it('offers none for a data: URL or a URL that does not parse either', () => {
    renderSupportSpots('data:text/html,<script>alert(1)</script>');
    renderSupportSpots('https://');
    expect(screen.queryAllByRole('link', { name: 'Contact support' })).toEqual([]);
  });
});

describe('given an https support URL from the host, in Chromium', () => {
  it('links "Contact support" to it in both places', () => {
    renderSupportSpots('https://help.example.com/billing');
    const links = screen.getAllByRole('link', { name: 'Contact support' });
    expect(links.map((link) => (link as HTMLAnchorElement).href)).toEqual([
      'https://help.example.com/billing',
      'https://help.example.com/billing',
    ]);
  });

  it('links a path on the page’s own origin too', () => {
    renderSupportSpots('/support');
    const links = screen.getAllByRole('link', { name: 'Contact support' });
    expect(links.map((link) => (link as HTMLAnchorElement).href)).toEqual([
      `${window.location.origin}/support`,
      `${window.location.origin}/support`,
    ]);
  });
});
