#!/usr/bin/env bash
# Checks the packed library against React 18: packs it, installs the tarball with React 18 into
# test/react18 (so that every dependency resolves React 18, not the React 19 of the workspace), and
# runs test/react18/check.mjs there. Expects a fresh build in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
work=test/react18
# Reports land where the caller asked, resolved before moving into the work folder.
reports=${REPORTS_DIR:+$(cd "$REPORTS_DIR" && pwd)}
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
rm -rf node_modules package-lock.json
npm install --silent --no-audit --no-fund --no-package-lock "./$tarball" >/dev/null
rm -f "$tarball"
REPORT_FILE=${reports:+$reports/react18-server.json} node check.mjs server
REPORT_FILE=${reports:+$reports/react18-client.json} node check.mjs client
