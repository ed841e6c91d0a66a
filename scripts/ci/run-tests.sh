#!/usr/bin/env bash
# Runs the whole suite.  Starts a throwaway PostgreSQL server on loopback when
# the binaries are there and exports RASD_TEST_PG for the tests that need it.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
mkdir -p test-artifacts
PG_PID_DIR=""
cleanup() {
  if [ -n "$PG_PID_DIR" ] && [ -d "$PG_PID_DIR" ]; then
    bash scripts/ci/postgres.sh stop "$PG_PID_DIR" || true
  fi
}
trap cleanup EXIT
if [ -z "${RASD_TEST_PG:-}" ] && [ -f scripts/ci/postgres.sh ]; then
  if out=$(bash scripts/ci/postgres.sh start 2>test-artifacts/postgres.log); then
    PG_PID_DIR=$(echo "$out" | sed -n 's/^dir=//p')
    export RASD_TEST_PG=$(echo "$out" | sed -n 's/^url=//p')
    echo "PostgreSQL for tests: $RASD_TEST_PG"
  else
    echo "PostgreSQL not started (see test-artifacts/postgres.log); its tests will be skipped" >&2
  fi
fi
# the lint gate first: the rules of pyproject.toml [tool.ruff.lint]; function complexity is a test
# (tests/unit/test_code_health.py, radon)
.venv/bin/ruff check .
# the resources (gazetteer index, vocabulary, lexicon bundle) are compiled once, into the cache the tests then read
export RASD_CACHE_DIR=${RASD_CACHE_DIR:-$HOME/.cache/rasd}
.venv/bin/rasd compile >/dev/null
set +e
$PY -m pytest -q "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit $rc
