// The docs pages of the built Storybook, opened in Chromium: none stacks dialogs (at most one open
// dialog on a page, plays included), and every story's canvas is as tall as its content (plus its
// padding), not a viewport. Run: npm run build-storybook && node test/e2e/story-docs.e2e.mjs [--report .reports/docs.json]
// With --report it also writes { numPassedTests, numFailedTests } for scripts/count-tests.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch-options.mjs';
import { serveStorybook } from '../../scripts/static-storybook.mjs';

const root = 'storybook-static';
const reportArgument = process.argv.indexOf('--report');
const reportFile = reportArgument > 0 ? process.argv[reportArgument + 1] : undefined;
const viewport = { width: 1280, height: 800 };

const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');

const server = await serveStorybook(root);
const url = server.origin;
const browser = await chromium.launch(chromiumLaunchOptions());
const results = [];
for (const entry of docs) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}/iframe.html?id=${entry.id}&viewMode=docs`);
  await page.waitForSelector('.sbdocs', { timeout: 30_000 });
  // Long enough for the plays of the inline stories to have opened what they open.
  await page.waitForTimeout(4_000);
  const measured = await page.evaluate(() => ({
    openDialogs: document.querySelectorAll(
      '[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]',
    ).length,
    height: document.documentElement.scrollHeight,
    // Canvases taller than what they hold: the content's box plus the canvas's own padding.
    oversized: [...document.querySelectorAll('.sb-Canvas')].filter((canvas) => {
      const style = getComputedStyle(canvas);
      const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
      const content = [...canvas.children].reduce(
        (bottom, child) => Math.max(bottom, child.getBoundingClientRect().bottom),
        canvas.getBoundingClientRect().top,
      );
      return (
        canvas.getBoundingClientRect().height > content - canvas.getBoundingClientRect().top + padding + 1
      );
    }).length,
  }));
  const problems = [];
  if (measured.openDialogs > 1) problems.push(`${measured.openDialogs} open dialogs`);
  if (measured.oversized > 0) problems.push(`${measured.oversized} canvases taller than their content`);
  results.push({ id: entry.id, problems });
  console.log(
    `${problems.length === 0 ? '✔' : '✖'} ${entry.id}: ${measured.openDialogs} open dialogs, ${measured.height} px ${problems.join('; ')}`,
  );
  await page.close();
}
await browser.close();
await server.close();

const failed = results.filter((result) => result.problems.length > 0).length;
if (reportFile) {
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    JSON.stringify({
      numPassedTests: results.length - failed,
      numFailedTests: failed,
      numTotalTests: results.length,
    }),
  );
}
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
