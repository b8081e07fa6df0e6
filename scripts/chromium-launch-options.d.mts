/** Playwright launch options for Debian's Chromium, headless. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] };
