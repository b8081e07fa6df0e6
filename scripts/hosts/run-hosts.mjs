// Installs the packed library into host projects the library does not control and checks it there:
// each host in test/hosts/<host> is copied to a temporary folder, installed from the tarball, and run
// through its steps (typechecks, a single copy of each shared library, builds, Node and browser checks).
// Every step is one test: the runner prints ✓/✗ per step with the reason of a failure, each host's
// time, "host: N passed, N failed", and writes Vitest-style counts to <reports>/hosts-<host>.json.
//
//   node scripts/hosts/run-hosts.mjs --tarball <file.tgz> --work <temp dir> [--reports <dir>] [host …]
//
// Run by scripts/test-hosts.sh, which packs the library and owns the temporary folder.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repoRoot = resolve(import.meta.dirname, '../..');
const { values: options, positionals } = parseArgs({
  options: { tarball: { type: 'string' }, work: { type: 'string' }, reports: { type: 'string' } },
  allowPositionals: true,
});
if (!options.tarball || !options.work) {
  console.error('usage: run-hosts.mjs --tarball <file.tgz> --work <dir> [--reports <dir>] [host …]');
  process.exit(2);
}
const tarball = resolve(options.tarball);
const workRoot = resolve(options.work);
const reports = options.reports ? resolve(options.reports) : null;

/** The libraries a host shares with us: each must be installed exactly once. */
const shared = ['@tanstack/react-query', 'i18next', 'react-i18next'];
const pnpm = ['npx', '--yes', 'pnpm@12.21.0'];
const npmInstall = ['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const minutes = (count) => count * 60_000;

/* -------------------------------------------------------------------------------------------------
 * The hosts. Each step is [name, run] where run(dir) resolves or throws an Error whose message is
 * the reason printed. `files` copies other fixtures' files first (shared sources).
 * -----------------------------------------------------------------------------------------------*/

const strictTypecheck = [
  ['typecheck, moduleResolution bundler (src/host.tsx)', (dir) => tsc(dir, 'tsconfig.bundler.json')],
  [
    'typecheck, moduleResolution node16 (src/host.mts ESM, src/host.cts CJS)',
    (dir) => tsc(dir, 'tsconfig.node16.json'),
  ],
];

const hosts = {
  'strict-ts': {
    steps: [
      ['install the tarball (npm)', (dir) => run(dir, npmInstall, { timeout: minutes(10) })],
      [
        'one copy each of @tanstack/react-query, i18next, react-i18next (npm ls)',
        (dir) => singleCopies(dir, 'npm'),
      ],
      ...strictTypecheck,
      ['Node ESM: import the entries, one BillingError class', (dir) => nodeChecks(dir, 'runtime.mjs')],
      ['Node CJS: require the entries, one BillingError class', (dir) => nodeChecks(dir, 'runtime.cjs')],
    ],
  },
  'pnpm-isolated': {
    // The strict host's sources and tsconfigs, installed by pnpm with nothing hoisted.
    files: { 'strict-ts': ['src', 'tsconfig.base.json', 'tsconfig.bundler.json', 'tsconfig.node16.json'] },
    steps: [
      [
        'install the tarball (pnpm 12.21, node-linker=isolated, nothing hoisted)',
        (dir) =>
          run(
            dir,
            [...pnpm, 'install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=append-only'],
            {
              timeout: minutes(10),
            },
          ),
      ],
      [
        'one copy each of @tanstack/react-query, i18next, react-i18next (pnpm ls)',
        (dir) => singleCopies(dir, 'pnpm'),
      ],
      ...strictTypecheck,
    ],
  },
  'peers-lowest': {
    steps: [
      ["pin the lowest versions of the package's peer ranges", (dir) => pinLowestPeers(dir)],
      [
        'install the tarball with the lowest peers and React 18 (npm)',
        (dir) => run(dir, npmInstall, { timeout: minutes(10) }),
      ],
      [
        'one copy each of @tanstack/react-query, i18next, react-i18next (npm ls)',
        (dir) => singleCopies(dir, 'npm'),
      ],
      ['runs the lowest peer versions', (dir) => lowestVersions(dir)],
      ['typecheck the app (strict, skipLibCheck off)', (dir) => tsc(dir, 'tsconfig.json')],
      [
        'vite build (production)',
        (dir) => run(dir, ['npx', 'vite', 'build', '--logLevel', 'warn'], { timeout: minutes(5) }),
      ],
      [
        'the built app opens the plan modal in Chromium, no console errors',
        (dir) =>
          run(dir, ['node', 'e2e.mjs'], { timeout: minutes(3), env: { SUBSCRIPTION_KIT_REPO: repoRoot } }),
      ],
    ],
  },
  nextjs: {
    steps: [
      ['install the tarball with Next.js 16 (npm)', (dir) => run(dir, npmInstall, { timeout: minutes(10) })],
      [
        'one copy each of @tanstack/react-query, i18next, react-i18next (npm ls)',
        (dir) => singleCopies(dir, 'npm'),
      ],
      // The type check `next build` runs, as a step of its own: the build below skips it, so that
      // a type error does not hide whether the app builds and renders.
      [
        'typecheck the app as next build does (next typegen + tsc, skipLibCheck off)',
        async (dir) => {
          await run(dir, ['npx', 'next', 'typegen'], { timeout: minutes(2) });
          await tsc(dir, 'tsconfig.json');
        },
      ],
      [
        'next build (production)',
        (dir) =>
          run(dir, ['npx', 'next', 'build'], { timeout: minutes(10), env: { HOST_TYPES_CHECKED: '1' } }),
      ],
      [
        'next start serves the page with the trigger rendered on the server, and the billing route handler',
        (dir) => run(dir, ['node', 'check.mjs'], { timeout: minutes(2) }),
      ],
    ],
  },
};

/* -------------------------------------------------------------------------------------------------
 * Steps
 * -----------------------------------------------------------------------------------------------*/

/** Runs a command in the host; throws with the tail of its output when it fails. */
async function run(dir, command, { timeout = minutes(5), env = {}, tail = 60 } = {}) {
  const { code, output, timedOut } = await spawnCollect(dir, command, { timeout, env });
  if (code === 0 && !timedOut) return output;
  const lines = output.trimEnd().split('\n');
  const shown = lines.length > tail ? ['…', ...lines.slice(-tail)] : lines;
  const why = timedOut ? `timed out after ${timeout / 1000}s` : `exited with ${code}`;
  throw new Error(`${command.join(' ')} ${why}\n${shown.join('\n')}`);
}

/** `tsc --noEmit -p <config>`: throws with every diagnostic (up to 150 lines). */
function tsc(dir, config) {
  return run(dir, ['npx', 'tsc', '--noEmit', '-p', config], { tail: 150 });
}

/** A Node script that prints "✓ name" / "✗ name" lines: each line becomes its own test. */
async function nodeChecks(dir, script) {
  const { code, output } = await spawnCollect(dir, ['node', script], { timeout: minutes(1) });
  const results = [];
  let current = null;
  for (const line of output.split('\n')) {
    const match = /^([✓✗]) (.*)$/.exec(line);
    if (match) {
      current = { name: match[2], error: match[1] === '✗' ? '' : null };
      results.push(current);
    } else if (current?.error !== null && current && line.trim()) current.error += `${line.trim()}\n`;
  }
  if (results.length === 0 || (code !== 0 && !results.some((result) => result.error !== null)))
    throw new Error(`node ${script} exited with ${code}\n${output.trimEnd()}`);
  for (const result of results) if (result.error === '') result.error = 'failed';
  return { results };
}

/** Exactly one installed copy of each shared library, read from `npm ls` / `pnpm ls`. */
async function singleCopies(dir, manager) {
  const command =
    manager === 'npm'
      ? ['npm', 'ls', ...shared, '--all', '--json', '--long']
      : [...pnpm, 'ls', ...shared, '--depth', 'Infinity', '--json'];
  const { output: tree } = await spawnCollect(dir, command, { timeout: minutes(2), stderr: false });
  let parsed;
  try {
    parsed = JSON.parse(tree);
  } catch {
    throw new Error(`${command.join(' ')} printed no JSON:\n${tree.slice(0, 2000)}`);
  }
  const copies = new Map(shared.map((name) => [name, new Map()]));
  const visit = (dependencies) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      if (copies.has(name) && node.path) copies.get(name).set(node.path, node.version);
      visit(node.dependencies);
      if (manager === 'pnpm') visit(node.devDependencies);
    }
  };
  for (const root of Array.isArray(parsed) ? parsed : [parsed]) {
    visit(root.dependencies);
    visit(root.devDependencies);
  }
  const problems = [];
  for (const [name, paths] of copies) {
    const found = [...paths].map(([path, version]) => `${version} at ${path.replace(`${dir}/`, '')}`);
    if (found.length !== 1)
      problems.push(`${name}: ${found.length} copies${found.length ? `\n    ${found.join('\n    ')}` : ''}`);
  }
  // The readable tree, for the log and for the reason of a failure.
  const readable =
    manager === 'npm' ? ['npm', 'ls', ...shared, '--all'] : [...pnpm, 'ls', ...shared, '--depth', 'Infinity'];
  const { output: text } = await spawnCollect(dir, readable, { timeout: minutes(2) });
  if (problems.length > 0)
    throw new Error(`${problems.join('\n')}\n${readable.join(' ')}:\n${text.trimEnd()}`);
  return { info: [...copies].map(([name, paths]) => `${name}@${[...paths.values()][0]}`).join(', ') };
}

/**
 * Rewrites the host's versions of the shared libraries to the lowest version each peer range of the
 * packed package admits, so the host follows the ranges as they are published.
 */
async function pinLowestPeers(dir) {
  const { code, output } = await spawnCollect(dir, ['tar', '-xzOf', tarball, 'package/package.json'], {
    timeout: minutes(1),
    stderr: false,
  });
  if (code !== 0) throw new Error(`could not read package/package.json from ${tarball}`);
  const peers = JSON.parse(output).peerDependencies ?? {};
  const file = join(dir, 'package.json');
  const host = JSON.parse(readFileSync(file, 'utf8'));
  const picked = [];
  for (const name of shared) {
    if (!peers[name]) throw new Error(`${name} is not a peer dependency of the package`);
    const version = lowestOf(peers[name]);
    host.dependencies[name] = version;
    picked.push(`${name}@${version} (${peers[name]})`);
  }
  writeFileSync(file, `${JSON.stringify(host, null, 2)}\n`);
  return { info: picked.join(', ') };
}

/** The lowest version a range of the forms `^1.2.3`, `~1.2.3`, `>=1.2.3 …`, `1.2.3`, joined by `||`, admits. */
function lowestOf(range) {
  const versions = range.split('||').map((alternative) => {
    const match = /^\s*(?:\^|~|>=)?\s*(\d+)\.(\d+)\.(\d+)(?:\s+<\S+)?\s*$/.exec(alternative);
    if (!match) throw new Error(`cannot read the lowest version of the range "${range}"`);
    return match.slice(1).map(Number);
  });
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return versions[0].join('.');
}

/** The host really got the lowest versions of the peer ranges (not something newer). */
async function lowestVersions(dir) {
  const { dependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const expected = { react: '18.3.1' };
  for (const name of shared) expected[name] = dependencies[name];
  const problems = [];
  for (const [name, version] of Object.entries(expected)) {
    const { output } = await spawnCollect(dir, ['node', '-p', `require('${name}/package.json').version`], {
      timeout: minutes(1),
    });
    if (output.trim() !== version) problems.push(`${name}: expected ${version}, got ${output.trim()}`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/* -------------------------------------------------------------------------------------------------
 * Plumbing
 * -----------------------------------------------------------------------------------------------*/

function spawnCollect(dir, [command, ...args], { timeout, env = {}, stderr = true }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a timeout ends everything it started
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr) output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: 127, output: `${output}${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? 1, output, timedOut });
    });
  });
}

/** Copies a fixture without anything installed or built that a developer may have left in it. */
function copyFixture(from, to) {
  const skip =
    /(^|\/)(node_modules|\.next|dist|package-lock\.json|pnpm-lock\.yaml|.*\.tgz|.*\.tsbuildinfo|next-env\.d\.ts)$/;
  cpSync(from, to, { recursive: true, filter: (source) => !skip.test(source) });
}

async function runHost(name) {
  const host = hosts[name];
  const fixture = join(repoRoot, 'test/hosts', name);
  const dir = join(workRoot, name);
  const started = Date.now();
  console.log(`\n── host ${name} ──`);
  const results = [];
  const record = (test, error) => {
    results.push({ test, error });
    console.log(error ? `✗ ${test}\n${indent(error)}` : `✓ ${test}`);
  };
  for (const [source, entries] of Object.entries(host.files ?? {}))
    for (const entry of entries) copyFixture(join(repoRoot, 'test/hosts', source, entry), join(dir, entry));
  copyFixture(fixture, dir);
  cpSync(tarball, join(dir, 'subscription-kit.tgz'));

  let blocked = null;
  for (const [test, step] of host.steps) {
    if (blocked) {
      record(test, `not run: ${blocked}`);
      continue;
    }
    const stepStarted = Date.now();
    try {
      const outcome = await step(dir);
      if (outcome?.results) for (const result of outcome.results) record(result.name, result.error);
      else record(`${test} (${seconds(stepStarted)}s)${outcome?.info ? `: ${outcome.info}` : ''}`, null);
    } catch (error) {
      record(`${test} (${seconds(stepStarted)}s)`, error?.message ?? String(error));
      // Nothing can be checked in a host that was not set up or did not install.
      if (/^(install|pin)/.test(test)) blocked = `"${test}" failed`;
    }
  }
  const failed = results.filter((result) => result.error).length;
  console.log(
    `${name}: ${results.length - failed} passed, ${failed} failed (${seconds(started)}s, install and checks)`,
  );
  if (reports)
    writeFileSync(
      join(reports, `hosts-${name}.json`),
      JSON.stringify({ numPassedTests: results.length - failed, numFailedTests: failed }),
    );
  return { name, failed, time: seconds(started) };
}

function indent(text) {
  return String(text)
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function seconds(since) {
  return Math.round((Date.now() - since) / 1000);
}

const known = readdirSync(join(repoRoot, 'test/hosts')).filter((entry) => entry in hosts);
const selected = positionals.length > 0 ? positionals : Object.keys(hosts);
for (const name of selected) {
  if (!(name in hosts) || !known.includes(name)) {
    console.error(`Unknown host "${name}"; hosts: ${Object.keys(hosts).join(', ')}`);
    process.exit(2);
  }
}
if (!existsSync(tarball)) {
  console.error(`No tarball at ${tarball}`);
  process.exit(2);
}

const outcomes = [];
for (const name of selected) outcomes.push(await runHost(name));
console.log('\nHosts:');
for (const { name, failed, time } of outcomes) console.log(`  ${failed ? '✗' : '✓'} ${name} (${time}s)`);
process.exitCode = outcomes.some((outcome) => outcome.failed > 0) ? 1 : 0;
