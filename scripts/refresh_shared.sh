#!/usr/bin/env bash
# Refresh the repository's copies of the team's shared material (../shared):
# the sample articles the demo ingests and the gold files the tests and README use.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
cp "$SHARED"/corpus/seeds/*.txt samples/
cp "$SHARED"/gold/seeds.jsonl "$SHARED"/gold/dev.jsonl "$SHARED"/gold/SCHEMA.md tests/data/gold/
echo "refreshed samples/ and tests/data/gold/ from $SHARED"
