// Serves the production build with `next start` on 127.0.0.1 and a free port, and checks the page's
// server-rendered HTML: the library's plan-modal trigger is there before any script runs. Then the
// route handler over `subscription-kit/server`: 401 without a customer, the catalog with one, 403
// for a write without the same-site header.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const next = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
  {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, ended whole below
  },
);
const exited = new Promise((resolve) => next.on('exit', resolve));
let log = '';
next.stdout.on('data', (chunk) => (log += chunk));
next.stderr.on('data', (chunk) => (log += chunk));

const problems = [];
try {
  let response;
  for (let tries = 0; tries < 120 && !response; tries += 1) {
    if (next.exitCode !== null) throw new Error(`next start exited with ${next.exitCode}`);
    response = await fetch(`http://127.0.0.1:${port}/`).catch(() => null);
    if (!response) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!response) throw new Error('next start did not answer within 30 s');
  const html = await response.text();
  if (response.status !== 200) problems.push(`GET / answered ${response.status}`);
  if (!html.includes('Workspace billing')) problems.push('the page heading is not in the HTML');
  // The trigger as markup (a client component's text is in the HTML only when the server rendered it).
  const trigger = /<button[^>]*class="[^"]*sk-PlanModalTrigger[^"]*"[^>]*>([\s\S]*?)<\/button>/.exec(html);
  if (!trigger) problems.push('no <button class="sk-PlanModalTrigger"> in the server-rendered HTML');
  else if (!trigger[1].includes('Change plan'))
    problems.push(`the trigger does not say "Change plan": ${trigger[0]}`);
  if (problems.length === 0)
    console.log(`GET / → ${response.status}, ${html.length} bytes with the "Change plan" trigger`);
  const api = `http://127.0.0.1:${port}/api/billing`;
  const signedIn = { Authorization: 'Bearer host-check' };
  const anonymous = await fetch(`${api}/catalog`);
  const catalog = await fetch(`${api}/catalog`, { headers: signedIn });
  const plans = await catalog.json().catch(() => null);
  const crossSite = await fetch(`${api}/subscription/scheduled-change`, {
    method: 'DELETE',
    headers: { ...signedIn, 'Idempotency-Key': 'host-check' },
  });
  if (anonymous.status !== 401)
    problems.push(`GET /api/billing/catalog without a customer → ${anonymous.status}`);
  if (catalog.status !== 200 || !Array.isArray(plans) || plans.length === 0)
    problems.push(`GET /api/billing/catalog → ${catalog.status}, not the plans`);
  if (crossSite.status !== 403)
    problems.push(`a write without Subscription-Kit-Request → ${crossSite.status}, not 403`);
  if (problems.length === 0)
    console.log(`/api/billing: 401 anonymous, ${plans.length} plans signed in, 403 for a cross-site write`);
} catch (error) {
  problems.push(error?.message ?? String(error));
} finally {
  const end = (signal) => {
    try {
      process.kill(-next.pid, signal);
    } catch {}
  };
  end('SIGTERM');
  const timer = setTimeout(() => end('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}
if (/\b(Error|TypeError|ReferenceError):/.test(log))
  problems.push(`next start logged an error:\n${log.trim()}`);
if (problems.length > 0) {
  console.log(`${problems.join('\n')}\n--- next start ---\n${log.trim()}`);
  process.exitCode = 1;
}
