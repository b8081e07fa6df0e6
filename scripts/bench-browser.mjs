// Browser benchmark in Debian's Chromium: medians over repeated runs, compared within one run
// (the machines are shared and noisy, so only ratios against a floor measured alongside count).
// Both sides are measured as a customer's browser runs them: one production build (React's
// production build, NODE_ENV=production), served as static files.
//   node scripts/bench-browser.mjs [iterations]
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
const calls = await run('providerCalls');
console.log(
  `Provider calls on an uncached open: ${calls.order.join(', ')} (${calls.parallel ? 'in parallel' : 'in sequence'})`,
);

await browser.close();
await server.close();
rmSync(outDir, { recursive: true, force: true });
