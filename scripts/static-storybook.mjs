// Serves a built Storybook (storybook-static/) on a free local port and opens its pages the way a
// reader would: a story or a docs page, in a locale and theme. Used by the screenshot script and
// the check of the built Storybook.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Starts a static server over `root`; resolves to its address and a way to stop it. */
export async function serveStorybook(root = 'storybook-static') {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      response
        .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The index of the built Storybook: every story and docs page by id. */
export async function readStorybookIndex(root = 'storybook-static') {
  return JSON.parse(await readFile(join(root, 'index.json'), 'utf8')).entries;
}

/** Whether an index entry is a docs page (MDX or a component's docs) rather than a story. */
export function isDocsEntry(id) {
  return id.endsWith('--docs');
}

/**
 * Opens a story or docs page in a locale and theme and waits until it has rendered. Resolves to
 * what went wrong on the way: page errors, console errors and a failed render or play function.
 */
export async function openStorybookEntry(page, origin, id, { locale, theme }) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported below with its address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  const viewMode = isDocsEntry(id) ? 'docs' : 'story';
  await page.goto(
    `${origin}/iframe.html?id=${id}&viewMode=${viewMode}&globals=locale:${locale};theme:${theme}`,
  );
  await page.waitForSelector(viewMode === 'docs' ? '#storybook-docs > *' : '#storybook-root > *', {
    timeout: 15_000,
  });
  // A story reports its phase (rendering, playing, finished …); a docs page has rendered once its
  // container has content.
  if (viewMode === 'story') {
    const phase = await page.waitForFunction(
      () => {
        const phaseNow = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return ['completed', 'finished', 'errored', 'aborted'].includes(phaseNow) ? phaseNow : undefined;
      },
      undefined,
      { timeout: 15_000 },
    );
    const outcome = await phase.jsonValue();
    if (outcome !== 'completed' && outcome !== 'finished') problems.push(`render ${outcome}`);
  }
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    problems.push(`error display: ${await page.textContent('#error-message')}`);
  }
  return problems;
}
