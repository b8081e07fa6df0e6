// Screenshots of stories from a built Storybook (npm run build-storybook), for looking at what we
// ship in every locale, theme and width: node scripts/screenshots.mjs <story-id> [<story-id> …]
// Writes .screenshots/<story-id>-<locale>-<theme>-<width>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium-launch-options.mjs';
import { serveStatic } from './serve-static.mjs';

const { server, url: base } = await serveStatic('storybook-static');

const locales = (process.env.LOCALES ?? 'en,da').split(',');
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync('.screenshots', { recursive: true });
for (const id of process.argv.slice(2)) {
  for (const locale of locales) {
    for (const theme of themes) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const url = `${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme}`;
        await page.goto(url);
        await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
        await page.waitForTimeout(300);
        const file = `.screenshots/${id}-${locale}-${theme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
}
await browser.close();
server.close();
