// The harness of the dashboard's end-to-end runs (test/e2e/dashboard.e2e.mjs over the memory
// backend, test/e2e/stripe-dashboard.e2e.mjs over the Stripe provider and the Stripe double): it
// builds the dashboard with Vite from the BUILT package, serves it with the demo server on a free
// port, runs each scenario in a fresh Chromium context from fresh server data, prints one line per
// scenario and a Vitest-like summary, writes { numPassedTests, numFailedTests } to `--report <file>`
// for scripts/count-tests.mjs, and exits non-zero on any failure.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium-launch-options.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** Any single wait; a scenario that needs longer is broken. */
export const STEP_TIMEOUT_MS = 10_000;
/** The whole run, whatever hangs. */
const RUN_TIMEOUT_MS = 240_000;

/** @typedef {{ page: import('playwright').Page, api: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<any> }} Context */

/** Opens "Change plan" and waits for the plan cards. */
export async function openPlanModal(page, { trigger = 'Change plan', title = 'Choose your plan' } = {}) {
  await page.getByRole('button', { name: trigger }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.locator('[data-status="ready"]').first().waitFor();
  return dialog;
}

/** The row of one invoice in "Recent invoices". */
export function invoiceRow(page, number) {
  return page.locator('[data-slot="invoices"]').getByRole('row').filter({ hasText: number });
}

export function billingSummary(page) {
  return page.locator('[data-slot="billing-summary"]');
}

/** Cancels the scheduled change from BillingSummary, whose notice reads `notice`, and waits until it goes. */
export async function cancelScheduledChangeInSummary(page, notice) {
  const shown = billingSummary(page).getByText(notice);
  await shown.waitFor();
  await billingSummary(page).getByRole('button', { name: 'Cancel scheduled change' }).click();
  await shown.waitFor({ state: 'detached' });
}

/** Waits (within a step) until the element's attribute has the value; fails with the last one seen. */
export async function expectAttribute(locator, name, expected) {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  let actual = null;
  while (performance.now() < deadline) {
    actual = await locator.getAttribute(name, { timeout: Math.max(1, deadline - performance.now()) });
    if (actual === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/**
 * The test's own client of the demo server: it keeps the demo session cookie the control endpoints
 * hand out and sends the same-site header on writes, as the HTTP provider does in the page.
 */
export function createApi(origin) {
  let session = '';
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        ...(session ? { Cookie: session } : {}),
        ...(method === 'GET' ? {} : { 'Subscription-Kit-Request': '1' }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
    });
    session = response.headers.get('Set-Cookie')?.split(';')[0] ?? session;
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return response.json();
  };
}

/**
 * Runs the scenarios against a demo server made by `createServer({ staticDir })` (the built
 * dashboard's folder), then exits.
 * @param {{ label: string, dist: string[], scenarios: { name: string, run: (context: Context) => Promise<void> }[], createServer: (options: { staticDir: string }) => Promise<import('node:http').Server> }} run
 */
export async function runDashboardE2e({ label, dist, scenarios, createServer }) {
  const startedAt = performance.now();
  const watchdog = setTimeout(() => {
    console.error(`\n ✗ the end-to-end run took longer than ${RUN_TIMEOUT_MS / 1000} s: stopped`);
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  watchdog.unref();
  if (!dist.every((file) => existsSync(join(root, file)))) {
    console.error(
      'dist/ is missing: run `npm run build` first (the dashboard and the server use the built package).',
    );
    process.exit(1);
  }

  const outDir = mkdtempSync(join(tmpdir(), 'sk-dashboard-'));
  let server;
  let browser;
  const results = [];
  try {
    const buildStarted = performance.now();
    await build({
      configFile: join(root, 'examples/dashboard/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const buildMs = Math.round(performance.now() - buildStarted);
    server = await createServer({ staticDir: outDir });
    await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const api = createApi(origin);
    browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: STEP_TIMEOUT_MS * 3 });
    console.log(`\n RUN  ${label} end to end (${origin}, dashboard built in ${buildMs} ms)\n`);
    for (const scenario of scenarios) {
      const result = await runScenario({ browser, origin, api, label, scenario });
      results.push(result);
      console.log(` ${result.failure ? '✗' : '✓'} ${label} > ${scenario.name} ${result.ms}ms`);
      if (result.failure) {
        console.log(`   → ${String(result.failure.message).split('\n').join('\n     ')}`);
        console.log(`     screenshot: ${result.failure.screenshot}`);
      }
    }
  } catch (error) {
    console.error(`\n ✗ the end-to-end run could not start or finish: ${error?.stack ?? error}`);
    results.push({ name: 'setup', failure: error, ms: 0 });
  } finally {
    await browser?.close().catch(() => {});
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  process.exit(report(results, startedAt));
}

/** One scenario in a fresh browser context, from fresh server data; a screenshot when it fails. */
async function runScenario({ browser, origin, api, label, scenario }) {
  const scenarioStarted = performance.now();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let failure = null;
  try {
    await api('POST', '/api/demo/reset');
    await page.goto(`${origin}/?lang=en&theme=light`);
    await page.getByRole('button', { name: 'Change plan' }).waitFor();
    await scenario.run({ page, api });
    if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join('; ')}`);
  } catch (error) {
    failure = error;
    const shot = join(root, `.reports/e2e/${label}`, `${scenario.name.replace(/\W+/g, '-')}.png`);
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    failure.screenshot = relative(root, shot);
  }
  await context.close();
  return { name: scenario.name, failure, ms: Math.round(performance.now() - scenarioStarted) };
}

/** Prints the summary, writes `--report <file>`; the exit code. */
function report(results, startedAt) {
  const reportArgument = process.argv.indexOf('--report');
  const reportFile = reportArgument > 0 ? process.argv[reportArgument + 1] : undefined;
  const passed = results.filter((result) => !result.failure).length;
  const failed = results.length - passed;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
  console.log(
    `\n Test Files  ${failed > 0 ? '1 failed' : '1 passed'} (1)\n      Tests  ${[
      failed > 0 ? `${failed} failed` : '',
      passed > 0 ? `${passed} passed` : '',
    ]
      .filter(Boolean)
      .join(' | ')} (${results.length})\n   Duration  ${seconds}s\n`,
  );
  if (reportFile) {
    mkdirSync(dirname(reportFile), { recursive: true });
    writeFileSync(
      reportFile,
      JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numTotalTests: results.length }),
    );
  }
  return failed > 0 || passed === 0 ? 1 : 0;
}
