import { render, screen, within } from '@testing-library/react';
import {
  BillingSummary,
  PlanModal,
  PlanModalContent,
  SubscriptionKitProvider,
  UsageMeters,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import en from '../../locales/en/subscription-kit.json';
import { shippedTranslations } from '../../stories/locales';
import { accountData, basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';

/*
 * At 390 px, in every shipped language, no label is split across lines inside a word
 * ("conversati/ons") and nothing runs past the page's edge: the catalog with its cards, comparison
 * and offers, the usage meters and the billing summary. Each word is measured with a Range: its
 * client rects lie on one line.
 */

afterEach(async () => {
  await page.viewport(1280, 900);
});

/** Where a line may break inside a run of non-spaces: after a slash, a hyphen or a dash. */
const WORD = /[^\s\u200b/\-–—]+[/\-–—]?/g;

interface Split {
  word: string;
  text: string;
  lines: number;
}

/** Every word of the visible text under `root` that is drawn on more than one line. */
function wordsSplitAcrossLines(root: Element): Split[] {
  const splits: Split[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (node.parentElement?.closest('.sk-VisuallyHidden, [hidden]')) continue;
    for (const match of text.matchAll(WORD)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)),
      );
      if (tops.size > 1) splits.push({ word: match[0], text: text.trim(), lines: tops.size });
    }
  }
  return splits;
}

/** Elements drawn past the page's edge, outside a scroll region of their own. */
function overflowing(root: Element): string[] {
  const width = document.documentElement.clientWidth;
  return [...root.querySelectorAll('*')]
    .filter((element) => !element.closest('.sk-TableScroll, .sk-VisuallyHidden'))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5);
    })
    .map((element) => `${element.className || element.tagName}: ${element.textContent?.slice(0, 40)}`);
}

/**
 * Boxes whose content is wider than they are (a tile too narrow for "ca. 200 mio.", a row name
 * running into the next column); a scroll region itself is meant to be.
 */
function spilling(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')]
    .filter((element) => !element.matches('.sk-TableScroll') && !element.closest('.sk-VisuallyHidden'))
    .filter((element) => element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
    .map((element) => `${element.className || element.tagName}: ${element.textContent?.slice(0, 40)}`);
}

function expectNothingSplitOrSpilling(root: Element) {
  expect(wordsSplitAcrossLines(root)).toEqual([]);
  expect(overflowing(root)).toEqual([]);
  expect(spilling(root)).toEqual([]);
}

describe('given a word in a box too narrow for it', () => {
  it('finds the word split across lines and the box spilling', () => {
    render(
      <main>
        <p style={{ width: '4rem', overflowWrap: 'anywhere' }}>Konversationen/Monat</p>
        <p style={{ width: '3rem', whiteSpace: 'nowrap' }}>ca. 200 mio.</p>
      </main>,
    );
    const main = screen.getByRole('main');
    expect(wordsSplitAcrossLines(main).map((split) => split.word)).toContain('Konversationen/');
    expect(spilling(main)).toEqual([expect.stringContaining('ca. 200 mio.')]);
  });
});

// 390 px is a phone; 600 and 1024 px put two and three cards side by side, each narrower.
const CASES = ['en', 'da', 'de', 'es', 'fr'].flatMap((locale) =>
  [390, 600, 1024].map((width) => ({ locale, width })),
);

describe.each(CASES)('given the $locale locale at $width px', ({ locale, width }) => {
  const strings = locale === 'en' ? en : shippedTranslations[locale as keyof typeof shippedTranslations];

  beforeEach(async () => {
    await page.viewport(width, 844);
  });

  it('breaks no word across lines and spills nothing in the plan modal: cards, comparison and offers', async () => {
    render(
      <SubscriptionKitProvider
        dataProvider={demoProvider(basicSubscriberData())}
        now={demoClock}
        locale={locale}
        translations={shippedTranslations}
      >
        <PlanModal defaultOpen>
          <PlanModalContent />
        </PlanModal>
      </SubscriptionKitProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: strings.planModal.seeAll }));
    await within(dialog).findByRole('region', { name: strings.catalog.heading });
    expectNothingSplitOrSpilling(dialog);
    await userEvent.click(
      within(dialog).getByRole('radio', { name: new RegExp(`^${strings.interval.year}`) }),
    );
    expectNothingSplitOrSpilling(dialog);
  });

  it('breaks no word across lines and spills nothing in the usage meters and the billing summary', async () => {
    render(
      <main style={{ padding: '1rem' }}>
        <SubscriptionKitProvider
          dataProvider={demoProvider(accountData('nearLimit'))}
          now={demoClock}
          locale={locale}
          translations={shippedTranslations}
        >
          <BillingSummary />
          <UsageMeters />
        </SubscriptionKitProvider>
      </main>,
    );
    await expect.poll(() => document.querySelectorAll('[data-status="ready"]').length).toBe(2);
    expectNothingSplitOrSpilling(screen.getByRole('main'));
  });
});
