// The built Storybook (storybook-static/, from npm run build-storybook): it opens on the
// introduction, and every foundation page is in its index and renders, with its play function
// passing, in English and Danish, light and dark, without a page or console error.
//
//   npm run build-storybook && node test/e2e/storybook-pages.e2e.mjs [--report .reports/storybook-pages.json]
//
// Prints one line per check; exits non-zero on any failure. With --report it also writes
// { numPassedTests, numFailedTests } for scripts/count-tests.mjs.
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch-options.mjs';
import { openStorybookEntry, readStorybookIndex, serveStorybook } from '../../scripts/static-storybook.mjs';

const reportArgument = process.argv.indexOf('--report');
const reportFile = reportArgument > 0 ? process.argv[reportArgument + 1] : undefined;
const FOUNDATION_PAGES = [
  'Foundations/Introduction',
  'Foundations/Tokens',
  'Foundations/Theming',
  'Foundations/Composition',
  'Foundations/Content guidelines',
];
const LOCALES = ['en', 'da'];
const THEMES = ['light', 'dark'];

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

let passed = 0;
let failed = 0;
async function check(name, run) {
  try {
    await run();
    passed += 1;
    console.log(` ✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(` ✗ ${name}\n   ${error instanceof Error ? error.message : String(error)}`);
  }
}

const entries = Object.values(await readStorybookIndex());
const foundationEntries = entries.filter((entry) => FOUNDATION_PAGES.includes(entry.title));

await check('Storybook opens on the introduction, then the other foundation pages in order', async () => {
  const titles = [...new Set(entries.map((entry) => entry.title))].slice(0, FOUNDATION_PAGES.length);
  if (titles.join() !== FOUNDATION_PAGES.join())
    throw new Error(`the index begins with ${titles.join(', ')}`);
});

const server = await serveStorybook();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const entry of foundationEntries) {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        await check(`${entry.title} › ${entry.name} renders in ${locale}, ${theme}`, async () => {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          try {
            const problems = await openStorybookEntry(page, server.origin, entry.id, { locale, theme });
            if (problems.length > 0) throw new Error(problems.join('\n   '));
            const heading = (await page.locator('h1').first().textContent()) ?? '';
            if (heading.trim() === '') throw new Error('the page has no heading');
            if (entry.type === 'story') {
              const canvasTheme = await page.locator('.sb-Canvas').getAttribute('data-sk-theme');
              if (canvasTheme !== theme) throw new Error(`the canvas is ${canvasTheme}, not ${theme}`);
            }
          } finally {
            await page.close();
          }
        });
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

await check('every foundation page is in the index', async () => {
  const missing = FOUNDATION_PAGES.filter(
    (title) => !foundationEntries.some((entry) => entry.title === title),
  );
  if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
});

console.log(`\n ${passed} passed, ${failed} failed`);
if (reportFile) writeFileSync(reportFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
process.exit(failed > 0 ? 1 : 0);
