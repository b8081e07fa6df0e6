import type { BillingHandler } from './billing-handler-options';

/*
 * node:http's request and response, described by the little the adapter uses: the entry then
 * imports nothing from Node, so it also loads in edge runtimes, and its types need no @types/node.
 */

/** The part of node:http's `IncomingMessage` the adapter reads. */
export interface NodeIncomingRequest extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** The part of node:http's `ServerResponse` the adapter writes. */
export interface NodeServerResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface NodeListenerOptions {
  /**
   * The origin requests are seen at (`https://billing.example.com`), for the same-site check behind
   * a proxy; by default the `Host` header over `http`.
   */
  origin?: string | undefined;
}

/**
 * A `node:http` request listener that serves `handler`: `createServer(toNodeListener(handle))`.
 * The body is streamed to the handler, so its size limit stops reading; a request whose client
 * goes away is aborted (reads pass the signal to the provider).
 */
export function toNodeListener(
  handler: BillingHandler,
  options: NodeListenerOptions = {},
): (request: NodeIncomingRequest, response: NodeServerResponse) => Promise<void> {
  return async (request, response) => {
    const controller = new AbortController();
    response.on('close', () => controller.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
        headers.append(name, item);
      }
    }
    const method = request.method ?? 'GET';
    const origin = options.origin ?? `http://${headers.get('Host') ?? '127.0.0.1'}`;
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const answer = await handler(
      new Request(new URL(request.url ?? '/', origin), {
        method,
        headers,
        body: hasBody ? streamOf(request) : null,
        signal: controller.signal,
        // Node's fetch needs this for a streamed body; the DOM's RequestInit does not know it yet.
        ...({ duplex: 'half' } as object),
      }),
    );
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(new Uint8Array(await answer.arrayBuffer()));
  };
}

/** The request's body as a stream, read only as far as the handler reads it. */
function streamOf(request: NodeIncomingRequest): ReadableStream<Uint8Array> {
  const chunks = request[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
