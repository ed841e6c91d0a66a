#!/usr/bin/env bash
# Debian packages the test suite uses: Chromium (browser test) and PostgreSQL
# + PostGIS (shared-store tests).  Installed when apt-get and root are
# available; otherwise the tests that need them say so and are skipped locally
# (CI runs as root, so there they run).
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || need+=(postgis postgresql-15-postgis-3)
if [ ${#need[@]} -eq 0 ]; then
  echo "system-deps: chromium and postgresql present"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: cannot install ${need[*]} (needs root and apt-get); their tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  && echo "system-deps: installed ${need[*]}" || echo "system-deps: apt-get failed for ${need[*]}" >&2
exit 0
