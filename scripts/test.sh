#!/usr/bin/env bash
# The whole test suite, in order: typecheck, lint, jsdom unit tests, Chromium component tests,
# Storybook stories as tests in every locale and theme, the static Storybook (storybook-static/) with
# its foundation and docs pages, the build, the demo dashboard end to end (over the memory backend,
# then over the Stripe provider and the Stripe double), package checks, the packed package under
# React 18 and in hosts the project does not control, size budgets.
# Ends with one line "N passed, N failed" counting every test that ran.
set -uo pipefail
cd "$(dirname "$0")/.."

reports=.reports
rm -rf "$reports" && mkdir -p "$reports"
chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}

summary() {
  node scripts/count-tests.mjs "$reports"
}

step() {
  local name=$1
  shift
  printf '\n▶ %s\n' "$name"
  local started=$SECONDS
  if ! "$@"; then
    printf '✖ %s failed\n' "$name"
    summary
    exit 1
  fi
  printf '✔ %s (%ss)\n' "$name" "$((SECONDS - started))"
}

ensure_chromium() {
  [ -x "$chromium_path" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and try again."
    return 1
  fi
  echo "Installing Debian's Chromium (no browser is downloaded by the test tools)…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null &&
    [ -x "$chromium_path" ]
}

vitest_project() {
  npx vitest run --project "$1" --reporter=default --reporter=json --outputFile.json="$reports/$1.json"
}

# Every story opened directly in one locale and theme, as a shared link or a reload opens it.
stories_in() {
  STORYBOOK_LOCALE=$1 STORYBOOK_THEME=$2 npx vitest run --project storybook --reporter=dot \
    --reporter=json --outputFile.json="$reports/storybook-$1-$2.json"
}

step 'Chromium' ensure_chromium
export CHROMIUM_PATH=$chromium_path
step 'Typecheck' npx tsc --noEmit
step 'Typecheck (demo dashboard)' npx tsc --noEmit -p examples/dashboard
step 'Lint' npx biome check .
step 'Unit tests (jsdom)' vitest_project unit
step 'Component tests (Chromium)' vitest_project browser
for locale in en da de es fr; do
  for theme in light dark; do
    step "Stories as tests (Chromium, $locale, $theme, 390 px)" stories_in "$locale" "$theme"
  done
done
step 'Storybook static build (storybook-static/)' npm run --silent build-storybook
step 'Storybook pages in the static build (Chromium)' node test/e2e/storybook-pages.e2e.mjs --report "$reports/storybook-pages.json"
step 'Storybook docs pages (no stacked dialogs, canvases sized to content)' node test/e2e/story-docs.e2e.mjs --report "$reports/story-docs.json"
step 'Build' npm run --silent build
step 'End to end: demo dashboard over HTTP (Chromium)' node test/e2e/dashboard.e2e.mjs --report "$reports/e2e.json"
step 'End to end: demo dashboard over subscription-kit/server + subscription-kit/stripe + the Stripe double (Chromium)' node test/e2e/stripe-dashboard.e2e.mjs --report "$reports/stripe-e2e.json"
step 'Package checks (publint, attw, Node import)' npm run --silent check:package
step 'React 18 (packed package)' env REPORTS_DIR="$reports" bash scripts/test-react18.sh
step 'Hosts (packed package: strict TS, pnpm, lowest peers, Next.js)' env REPORTS_DIR="$reports" bash scripts/test-hosts.sh
step 'Size budgets' npx size-limit
summary
