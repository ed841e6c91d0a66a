#!/usr/bin/env bash
# Rebuild the web page into rasd/serve/static/ (the built files are committed, so
# running Rasd needs no npm; only changing the page does).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
node build.mjs
