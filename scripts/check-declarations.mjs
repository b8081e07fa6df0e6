// What the built files import must be installed beside them: every bare import in dist/ (code and
// declarations) names a dependency or peer of the package, so a strict installer (pnpm without
// hoisting) finds it. The declaration files also carry no inlined data (`var x = {…}`), which
// TypeScript refuses outside `skipLibCheck`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = new Set([
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
]);
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const problems = [];
for (const file of readdirSync('dist', { recursive: true })) {
  if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
  const code = readFileSync(join('dist', file), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from\s*|require\(\s*|import\(\s*)["']([^"'.][^"']*)["']/g)) {
    const name = packageOf(specifier);
    if (name !== manifest.name && !declared.has(name))
      problems.push(`dist/${file} imports ${specifier}, which package.json does not declare`);
  }
  if (/\.d\.c?ts$/.test(file) && /^(?:(?:var|let|const)|declare (?:var|let)) \w+ = /m.test(code)) {
    problems.push(
      `dist/${file} declares a variable with an initialiser: a host without skipLibCheck refuses it`,
    );
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`dist/: every import is a declared dependency or peer (${[...declared].sort().join(', ')})`);
