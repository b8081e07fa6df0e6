// Serves a fetch-style handler `(request: Request) => Promise<Response>` from node:http: the REST
// routing itself lives in `createRestHandler` (subscription-kit/testing), not here.

/** Runs `handle` for one node:http request and writes its Response back. */
export async function serveWithHandler(handle, request, response) {
  const controller = new AbortController();
  // A read whose client went away is aborted (the provider receives the signal).
  response.on('close', () => controller.abort());
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
  const answer = await handle(
    new Request(`http://${request.headers.host ?? '127.0.0.1'}${request.url ?? '/'}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? null : body,
      signal: controller.signal,
    }),
  );
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}
