// Screenshots of stories and docs pages from a built Storybook (npm run build-storybook), for looking
// at what we ship in every locale, theme and width:
//   node scripts/screenshots.mjs <story-id> [<story-id> …]
// LOCALES (default: all five), THEMES (light,dark) and WIDTHS (390,1280) narrow it down. Writes
// .screenshots/<story-id>-<locale>-<theme>-<width>.png and .screenshots/index.html, a page of every
// PNG grouped by story and labelled with its locale, theme and width.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium-launch-options.mjs';
import { openStorybookEntry, readStorybookIndex, serveStorybook } from './static-storybook.mjs';

const output = '.screenshots';
const locales = (process.env.LOCALES ?? 'en,da,de,es,fr').split(',');
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const ids = process.argv.slice(2);
if (ids.length === 0) {
  console.error('Name at least one story id (see storybook-static/index.json).');
  process.exit(1);
}

const entries = await readStorybookIndex();
const unknown = ids.filter((id) => entries[id] === undefined);
if (unknown.length > 0) {
  console.error(`Not in storybook-static/index.json: ${unknown.join(', ')}`);
  process.exit(1);
}

const server = await serveStorybook();
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(output, { recursive: true });
/** @type {{ id: string, title: string, shots: { file: string, locale: string, theme: string, width: number }[] }[]} */
const stories = [];
let failed = false;
for (const id of ids) {
  const story = { id, title: `${entries[id].title} › ${entries[id].name}`, shots: [] };
  stories.push(story);
  for (const locale of locales) {
    for (const theme of themes) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const problems = await openStorybookEntry(page, server.origin, id, { locale, theme });
        await page.waitForTimeout(300);
        const file = `${id}-${locale}-${theme}-${width}.png`;
        await page.screenshot({ path: `${output}/${file}`, fullPage: true });
        story.shots.push({ file, locale, theme, width });
        console.log(`${output}/${file}${problems.length > 0 ? `  ✗ ${problems.join('; ')}` : ''}`);
        failed ||= problems.length > 0;
        await page.close();
      }
    }
  }
}
await browser.close();
await server.close();
writeFileSync(`${output}/index.html`, screenshotIndex(stories));
console.log(`${output}/index.html`);
process.exit(failed ? 1 : 0);

/** The index page: one section per story, its shots labelled with locale, theme and width. */
function screenshotIndex(indexed) {
  const escapeHtml = (text) =>
    String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  const sections = indexed.map(
    ({ id, title, shots }) => `<section id="${escapeHtml(id)}">
  <h2>${escapeHtml(title)} <code>${escapeHtml(id)}</code></h2>
  <div class="shots">
${shots
  .map(
    ({
      file,
      locale,
      theme,
      width,
    }) => `    <figure data-locale="${escapeHtml(locale)}" data-theme="${escapeHtml(theme)}" data-width="${width}">
      <a href="${escapeHtml(file)}"><img src="${escapeHtml(file)}" alt="${escapeHtml(`${title}, ${locale}, ${theme}, ${width}px`)}" loading="lazy"></a>
      <figcaption>${escapeHtml(locale)} · ${escapeHtml(theme)} · ${width}px</figcaption>
    </figure>`,
  )
  .join('\n')}
  </div>
</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>subscription-kit screenshots</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #0f172a; }
  nav ul { columns: 2; }
  .shots { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  figure { margin: 0; }
  img { display: block; max-width: 320px; max-height: 480px; object-fit: contain; object-position: top; border: 1px solid #cbd5e1; }
  figcaption { font-size: 0.8125rem; padding-top: 0.25rem; }
</style>
</head>
<body>
<h1>Screenshots</h1>
<p>${indexed.length} stories · locales ${escapeHtml(locales.join(', '))} · themes ${escapeHtml(themes.join(', '))} · widths ${escapeHtml(widths.join(', '))}</p>
<nav><ul>
${indexed.map(({ id, title }) => `  <li><a href="#${escapeHtml(id)}">${escapeHtml(title)}</a></li>`).join('\n')}
</ul></nav>
${sections.join('\n')}
</body>
</html>
`;
}
