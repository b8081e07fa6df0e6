import type { IncomingMessage, ServerResponse } from 'node:http';

/** Runs `handle` for one node:http request and writes its Response back. */
export function serveWithHandler(
  handle: (request: Request) => Promise<Response>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void>;
