// The demo's session: an opaque cookie the demo server hands out on its control endpoints
// (`/api/demo/*`, which the dashboard calls before anything else). `createBillingHandler`'s
// `authenticate` reads it and answers with the demo customer; without it every billing call answers
// 401. A real host reads its own session (a signed cookie, a JWT) and looks up the billing customer
// id it stored for that user: the browser never names the customer.
import { randomUUID } from 'node:crypto';

export const DEMO_SESSION_COOKIE = 'sk_demo_session';

/** The value of one cookie in a `Cookie` header, or null. */
export function cookieOf(header, name) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/**
 * @param {{ customerId: () => string }} options `customerId`: the customer the demo currently
 *   shows (the demo holds one at a time; a real host keeps one per user).
 */
export function createDemoSessions({ customerId }) {
  /** The sessions handed out: a guessed or stale cookie is not one of them. */
  const sessions = new Set();
  /** The customer of the session in a `Cookie` header, or null. */
  function customerOf(cookieHeader) {
    const token = cookieOf(cookieHeader, DEMO_SESSION_COOKIE);
    return token !== null && sessions.has(token) ? { id: customerId() } : null;
  }
  return {
    /** A `Set-Cookie` header value when the request has no valid session yet, else null. */
    issue(cookieHeader) {
      if (sessions.has(cookieOf(cookieHeader, DEMO_SESSION_COOKIE))) return null;
      const token = randomUUID();
      sessions.add(token);
      return `${DEMO_SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`;
    },
    customerOf,
    /** `createBillingHandler`'s `authenticate`: the session's customer, or null (401). */
    authenticate(request) {
      return customerOf(request.headers.get('Cookie'));
    },
  };
}
