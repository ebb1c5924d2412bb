#!/usr/bin/env bash
# Builds the application and starts it on the default registry (created on first start).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh"
exec "$root/build/app/asset-registry" "$@"
