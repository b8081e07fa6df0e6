// Browser benchmark in Debian's Chromium: medians over repeated runs, compared within one run
// (the machines are shared and noisy, so only ratios against a floor measured alongside count).
// Both sides are measured as a customer's browser runs them: one production build (React's
// production build, NODE_ENV=production), served as static files.
//   node scripts/bench-browser.mjs [iterations] [see-all iterations]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from './chromium-launch-options.mjs';

const iterations = Number(process.argv[2] ?? 30);
const configFile = 'bench/browser/vite.config.ts';
const outDir = mkdtempSync(join(tmpdir(), 'sk-bench-'));
await build({ configFile, mode: 'production', build: { outDir, emptyOutDir: true } });
const server = await preview({ configFile, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const address = server.httpServer.address();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`http://127.0.0.1:${address.port}/`);
await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60_000 });
const mode = await page.evaluate(() => window.bench.mode);
if (mode !== 'production') throw new Error(`The benchmark page is a ${mode} build, not production`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const run = (name, ...args) => page.evaluate(([name, args]) => window.bench[name](...args), [name, args]);

// One warm-up pass of each, so that module evaluation and first-time layout do not count.
await run('planModal', 6, 3);
await run('bareDialog', 6, 3);
await run('seeAllPlans', 6, 3);

const rows = [];
for (const planCount of [6, 50]) {
  const floor = median(await run('bareDialog', planCount, iterations));
  const modal = median(await run('planModal', planCount, iterations));
  rows.push({
    scenario: `PlanModal open, ${planCount} plans cached`,
    median: modal,
    floor,
    ratio: modal / floor,
  });
}
for (const row of rows) {
  console.log(
    `${row.scenario}: median ${row.median.toFixed(1)} ms; bare Radix dialog ${row.floor.toFixed(1)} ms; ratio ${row.ratio.toFixed(2)}×`,
  );
}
// "See all plans" in the open modal with a huge catalog against a small one, in the same run: the
// first paint with 10,000 plans should stay within 2× of the one with 50. Rounds alternate the two,
// so that a busy moment on a shared machine weighs on both.
const seeAllRuns = Number(process.argv[3] ?? iterations);
const rounds = 5;
const sizes = { small: 50, large: 10_000 };
const seeAllSamples = { small: [], large: [] };
for (let round = 0; round < rounds; round += 1) {
  for (const [name, planCount] of Object.entries(sizes)) {
    seeAllSamples[name].push(...(await run('seeAllPlans', planCount, Math.ceil(seeAllRuns / rounds))));
  }
}
const small = median(seeAllSamples.small);
const large = median(seeAllSamples.large);
const seeAllRatio = large / small;
console.log(
  `See all plans, 10,000 plans: median ${large.toFixed(1)} ms; 50 plans ${small.toFixed(1)} ms; ratio ${seeAllRatio.toFixed(2)}× (${seeAllRatio <= 2 ? 'within' : 'over'} 2×)`,
);
if (seeAllRatio > 2) process.exitCode = 1;

const calls = await run('providerCalls');
console.log(
  `Provider calls on an uncached open: ${calls.order.join(', ')} (${calls.parallel ? 'in parallel' : 'in sequence'})`,
);

await browser.close();
await server.close();
rmSync(outDir, { recursive: true, force: true });
