import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import {
  NAMESPACE,
  PlanCatalog,
  PlanModal,
  PlanModalTrigger,
  SUPPORTED_LOCALES,
  SubscriptionKitProvider,
} from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { demoClock } from '../../stories/scenarios';

/*
 * Icons are inline SVG. An emoji or a dingbat used as an icon depends on the reader's fonts: without
 * an emoji font "⭐ Recommended" shows an empty box. No translated string and no rendered part
 * carries one.
 */

/** Emoji and pictographs (⭐ ⚡ ⚠ ↗ …), and the check marks fonts draw as icons (✓ ✔ ✗). */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u2713-\u2718]/u;

const LOCALES_ROOT = join(import.meta.dirname, '../../locales');

function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    strings(value, path ? `${path}.${key}` : key),
  );
}

describe.each(SUPPORTED_LOCALES)('given the %s strings', (locale) => {
  it('has no emoji or pictograph in any of them', () => {
    const tree: unknown = JSON.parse(readFileSync(join(LOCALES_ROOT, locale, `${NAMESPACE}.json`), 'utf8'));
    expect(strings(tree).filter(([, value]) => PICTOGRAPH.test(value))).toEqual([]);
  });
});

describe.each(['en', 'da'])('given the plan parts rendered in %s', (locale) => {
  it('shows its icons as SVG, never as a character', () => {
    const { container } = render(
      <SubscriptionKitProvider now={demoClock} locale={locale} translations={shippedTranslations}>
        <PlanModal>
          <PlanModalTrigger />
        </PlanModal>
        <PlanCatalog
          catalog={demoPlans}
          currentPlanId="ecommerce-basic"
          recommendedPlanId="ecommerce-basic"
        />
      </SubscriptionKitProvider>,
    );
    expect(container.textContent).not.toMatch(PICTOGRAPH);
    expect(
      container.querySelectorAll('[data-variant="recommended"] svg[aria-hidden="true"]'),
    ).not.toHaveLength(0);
    expect(container.querySelector('.sk-PlanModalTrigger svg[aria-hidden="true"]')).not.toBeNull();
    expect(container.querySelector('[data-variant="current"] svg[aria-hidden="true"]')).not.toBeNull();
  });
});
