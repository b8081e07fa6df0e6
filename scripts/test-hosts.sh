#!/usr/bin/env bash
# Checks the packed library in host projects it does not control (test/hosts/<host>): strict
# TypeScript (bundler and node16, ESM and CJS), a pnpm host with nothing hoisted, the lowest peer
# versions with React 18 built by Vite and opened in Chromium, and a Next.js App Router production
# build. Packs the library, then installs and checks each host in a temporary copy, so the tree stays
# clean. Expects a fresh build in dist/. Hosts are independent: all run, and the script fails when
# any failed. `bash scripts/test-hosts.sh nextjs` runs one host; KEEP_HOSTS=1 keeps the copies.
set -euo pipefail
cd "$(dirname "$0")/.."
# Reports land where the caller asked, resolved before anything moves.
reports=${REPORTS_DIR:+$(cd "$REPORTS_DIR" && pwd)}
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

for file in dist/index.js dist/index.cjs dist/core.js dist/testing.js dist/http.js; do
  [ -f "$file" ] || { echo "$file is missing: run 'npm run build' first." >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/subscription-kit-hosts.XXXXXX")
cleanup() {
  if [ -n "${KEEP_HOSTS:-}" ]; then echo "Host copies kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
node scripts/hosts/run-hosts.mjs --tarball "$work/$tarball" --work "$work" ${reports:+--reports "$reports"} "$@"
