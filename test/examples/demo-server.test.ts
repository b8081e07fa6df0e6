// @vitest-environment node
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer } from '../../examples/server/create-demo-server.mjs';

// The demo server serves the contract through createBillingHandler: the customer comes from the
// demo session cookie its control endpoints hand out, never from the request.
let server: Server;
let origin: string;

beforeAll(async () => {
  server = await createDemoServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function session(): Promise<string> {
  const response = await fetch(`${origin}/api/demo/state`);
  const cookie = response.headers.get('Set-Cookie') ?? '';
  expect(cookie).toMatch(/^sk_demo_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/);
  return cookie.split(';')[0] ?? '';
}

describe('demo server', () => {
  it('answers billing reads only within a demo session', async () => {
    const anonymous = await fetch(`${origin}/api/billing/subscription`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthorized');

    const guessed = await fetch(`${origin}/api/billing/subscription`, {
      headers: { Cookie: 'sk_demo_session=00000000-0000-4000-8000-000000000000' },
    });
    expect(guessed.status).toBe(401);

    const signedIn = await fetch(`${origin}/api/billing/subscription`, {
      headers: { Cookie: await session() },
    });
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).planId).toBe('ecommerce-basic');
  });

  it('refuses a write without the same-site header or from another origin', async () => {
    const cookie = await session();
    const write = (headers: Record<string, string>) =>
      fetch(`${origin}/api/billing/payment-methods/pm_visa/default`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Idempotency-Key': 'demo-server-test', ...headers },
      });
    expect((await write({})).status).toBe(403);
    expect((await write({ 'Subscription-Kit-Request': '1', Origin: 'https://evil.example' })).status).toBe(
      403,
    );
  });

  it('draws an invoice PDF only within a demo session', async () => {
    const cookie = await session();
    const list = await (
      await fetch(`${origin}/api/billing/invoices?limit=1`, { headers: { Cookie: cookie } })
    ).json();
    const path = `/api/billing/invoices/${list.data[0].id}/pdf`;
    expect((await fetch(`${origin}${path}`)).status).toBe(401);
    const pdf = await fetch(`${origin}${path}`, { headers: { Cookie: cookie } });
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });
});
