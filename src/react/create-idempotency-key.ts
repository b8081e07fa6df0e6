/**
 * A fresh random key for one write intent. `crypto.randomUUID` exists only in secure contexts, so
 * the key is built from `getRandomValues`, which every supported browser and Node 20 have.
 */
export function createIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `sk_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
