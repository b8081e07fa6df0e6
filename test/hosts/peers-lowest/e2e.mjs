// Serves the production build (dist/) on 127.0.0.1 and a free port, opens it in Debian's Chromium
// through the repository's Playwright, opens the plan modal and checks the dialog shows its plan
// cards with no console errors. Run by scripts/test-hosts.sh with SUBSCRIPTION_KIT_REPO set to the
// repository, whose devDependency `playwright` and Chromium launch options are used.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = process.env.SUBSCRIPTION_KIT_REPO;
if (!repo)
  throw new Error('Set SUBSCRIPTION_KIT_REPO to the repository (for Playwright and the Chromium options)');
const { chromium } = createRequire(join(repo, 'package.json'))('playwright');
const { chromiumLaunchOptions } = await import(
  pathToFileURL(join(repo, 'scripts/chromium-launch-options.mjs')).href
);

const root = join(import.meta.dirname, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
  const file = join(root, path === '/' ? 'index.html' : path);
  try {
    if (!file.startsWith(root)) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const problems = [];
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));

  await page.goto(url);
  await page.getByRole('heading', { name: 'Acme workspace billing' }).waitFor({ timeout: 15_000 });
  // The host's own query with the library's query definition, on react-query's lowest version.
  await page.getByText(/^\d+ plans in the catalog$/).waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Change plan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: 15_000 });
  await dialog.locator('.sk-PlanCard').first().waitFor({ timeout: 15_000 });
  const cards = await dialog.locator('.sk-PlanCard').count();
  const title = (await dialog.getByRole('heading').first().textContent())?.trim();
  console.log(`dialog "${title}" shows ${cards} plan cards`);
  if (cards < 2) problems.push(`expected the plan cards in the dialog, found ${cards}`);
} catch (error) {
  problems.push(error?.stack ?? String(error));
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
if (problems.length > 0) {
  console.log(problems.join('\n'));
  process.exitCode = 1;
} else console.log('opened the plan modal with its plan cards, no console errors');
