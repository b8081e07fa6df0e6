// `npm run demo`: builds the library, starts the demo billing server (examples/server) and the
// dashboard (examples/dashboard, Vite dev server, /api proxied to the server), prints the address,
// and stops both on Ctrl-C.
//
// Environment: PORT (dashboard, default 5173), API_PORT (server, default 8787), HOST (dashboard,
// default 127.0.0.1; 0.0.0.0 to reach it from outside a container), SKIP_BUILD=1 (use dist/ as is).
// `--stripe` (`npm run demo:stripe`): the server bills through subscription-kit/stripe over the
// Stripe double instead of the memory provider (BILLING_BACKEND=stripe).
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.API_PORT ?? '8787';
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

if (process.env.SKIP_BUILD !== '1') {
  // The server and the dashboard use the built package (dist/), exactly what hosts install.
  console.log('Building subscription-kit (dist/)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(process.execPath, ['examples/server/main.mjs'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: apiPort,
    HOST: '127.0.0.1',
    ...(process.argv.includes('--stripe') ? { BILLING_BACKEND: 'stripe' } : {}),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const serverReady = new Promise((resolve, reject) => {
  const lines = createInterface({ input: server.stdout });
  lines.on('line', (line) => {
    console.log(line);
    if (line.includes('listening on')) resolve();
  });
  server.once('exit', (code) => reject(new Error(`the demo server stopped (exit code ${code})`)));
});

let vite;
async function stop(code = 0) {
  await vite?.close().catch(() => {});
  if (server.exitCode === null) server.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  await serverReady;
  // Read by the dashboard's vite.config.ts for its /api proxy.
  process.env.DEMO_API_PORT = apiPort;
  const { createServer } = await import('vite');
  vite = await createServer({
    configFile: fileURLToPath(new URL('dashboard/vite.config.ts', import.meta.url)),
    server: { port, host },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
  console.log(
    `\n  SmartTalk demo dashboard: ${url}\n  (billing API on http://127.0.0.1:${apiPort}/api/billing; Ctrl-C stops both)\n`,
  );
  server.once('exit', () => void stop(1));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
