declare const safeUrlBrand: unique symbol;

/**
 * A URL that passed `toSafeUrl`. Components put only these (or literals of their own) in an `href`;
 * `test/architecture/safe-links.test.ts` holds them to it.
 */
export type SafeUrl = string & { readonly [safeUrlBrand]: true };

/** Resolves paths without knowing the page: a reserved name no real origin can have. */
const PATH_BASE = 'https://same-origin.invalid';

/**
 * The one check for every URL from a host or a data provider (support, contact, PDF, payment action,
 * redirect), applied where the URL enters. An absolute `https:` URL comes back normalised; a path
 * (`/billing/help`, resolved from the origin's root) comes back as a path, the same on the server
 * and in the browser, so server-rendered links hydrate unchanged; an `http:` URL only on the page's
 * own origin. Everything else — `javascript:`, `data:`, `http:` elsewhere, scheme-relative
 * `//host/…`, other schemes, garbage, an empty string, a value that is not a string — is `null`.
 */
export function toSafeUrl(candidate: unknown, pageOrigin: string | null = currentOrigin()): SafeUrl | null {
  if (typeof candidate !== 'string' || candidate.trim() === '') return null;
  const absolute = parseUrl(candidate);
  if (absolute === null) {
    const url = parseUrl(candidate, PATH_BASE);
    // Not a path: unparsable, or scheme-relative (`//host/…`, `/\host`), whose scheme is the page's.
    if (url?.origin !== PATH_BASE) return null;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // `/.//host` resolves to the path `//host`, which a browser reads as another origin.
    return path.startsWith('//') ? null : (path as SafeUrl);
  }
  if (absolute.protocol === 'https:') return absolute.href as SafeUrl;
  if (absolute.protocol === 'http:' && absolute.origin === pageOrigin) return absolute.href as SafeUrl;
  return null;
}

function parseUrl(candidate: string, base?: string): URL | null {
  try {
    return new URL(candidate, base);
  } catch {
    return null;
  }
}

function currentOrigin(): string | null {
  return typeof window === 'undefined' ? null : window.location.origin;
}
