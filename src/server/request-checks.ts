import { refusal } from './rest-responses';

/*
 * What the handler checks of a request before any provider is called. Each check answers `null`
 * when the request passes, or the refusal to send.
 */

/** The header the HTTP provider sends on every write; a cross-site form or link cannot set it. */
export const SAME_SITE_HEADER = 'Subscription-Kit-Request';

/** The longest `Idempotency-Key` accepted (a UUID is 36). */
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/**
 * A write must come from a page allowed to write: it carries `Subscription-Kit-Request: 1` (a
 * custom header: a browser sends it cross-site only after a CORS preflight the host allowed), and
 * its `Origin`, when the browser sends one, is the request's own or one of `allowedOrigins`.
 */
export function checkSameSite(request: Request, allowedOrigins: readonly string[]): Response | null {
  if (request.headers.get(SAME_SITE_HEADER) !== '1') {
    return refusal(403, 'same_site', `Writes need the ${SAME_SITE_HEADER}: 1 header`);
  }
  const origin = request.headers.get('Origin');
  if (origin !== null && origin !== new URL(request.url).origin && !allowedOrigins.includes(origin)) {
    return refusal(403, 'same_site', 'Writes are not accepted from this origin');
  }
  return null;
}

/** The write's `Idempotency-Key`, or the 400 refusal when it is missing, empty or too long. */
export function idempotencyKeyOf(request: Request): string | Response {
  const key = request.headers.get('Idempotency-Key') ?? '';
  if (key.length > 0 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH) return key;
  return refusal(
    400,
    'idempotency_key_required',
    `Writes need an Idempotency-Key header of 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
  );
}

/** A JSON body as text, and the object it holds. */
export interface JsonBody {
  text: string;
  value: Record<string, unknown>;
}

/**
 * The request's JSON body, read no further than `maxBytes`: 415 unless it is sent as
 * `application/json`, 413 when larger, 400 unless it is a JSON object. An empty body is `{}`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody | Response> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('Content-Type') ?? '')) {
    return refusal(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  const text = await readText(request, maxBytes);
  if (text === null) {
    return refusal(413, 'body_too_large', `The body is larger than ${maxBytes} bytes`);
  }
  if (text === '') return { text, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { text, value: value as Record<string, unknown> };
    }
  } catch {
    // Answered below, as any body that is not an object.
  }
  return refusal(400, 'invalid_json', 'The body is not a JSON object');
}

/** The body as UTF-8 text, or `null` once it passes `maxBytes` (the rest is not read). */
async function readText(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get('Content-Length') ?? 0) > maxBytes) return null;
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
