// How every tool here starts Chromium: Debian's build (test tools download none on these machines)
// with the flags a closed network and a root sandbox need. Used by Vitest's browser projects, the
// end-to-end test, the benchmark and the screenshot script.

/** Playwright launch options for Debian's Chromium, headless. */
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
