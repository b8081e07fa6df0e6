/**
 * A URL from a data provider, made safe to follow: absolute `https:` URLs, or paths on the page's
 * own origin. Everything else — `javascript:`, `data:`, `http:`, other schemes, garbage — is `null`.
 */
export function toSafeUrl(candidate: string, pageOrigin: string | null = currentOrigin()): string | null {
  let url: URL;
  try {
    url = new URL(candidate, pageOrigin ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.href;
  if (pageOrigin !== null && url.origin === pageOrigin && /^https?:$/.test(url.protocol)) return url.href;
  return null;
}

function currentOrigin(): string | null {
  return typeof window === 'undefined' ? null : window.location.origin;
}
