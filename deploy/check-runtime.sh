#!/usr/bin/env bash
# What the Dockerfile's runtime stage does, without a Docker engine (CI has none): install the
# production dependencies from the files the Dockerfile copies first, copy the sources it
# copies, start the server the way its CMD does and wait for /ready. It catches a server that
# needs a development dependency, or an install that needs a file copied too late.
# Keep the file lists in step with the Dockerfile. Usage: bash deploy/check-runtime.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

# Stage "runtime": the dependency layer.
mkdir -p "$dir/app/db"
cp package.json package-lock.json "$dir/app/"
cp db/patch-postgres.mjs "$dir/app/db/"
(cd "$dir/app" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
grep -q 'buurtkamer: null-socket patch' "$dir/app/node_modules/postgres/src/connection.js" ||
  { echo "the postgres.js patch was not applied"; exit 1; }
# The sources (the web client comes from the build stage; a placeholder is enough to start).
mkdir -p "$dir/app/dist/web" "$dir/data"
echo '<!doctype html><title>Buurtkamer</title>' > "$dir/app/dist/web/index.html"
cp tsconfig.json "$dir/app/"
cp -r server bot "$dir/app/"
cp -r db/. "$dir/app/db/"

port=$((20000 + RANDOM % 20000))
(cd "$dir/app" && NODE_ENV=production HOST=127.0.0.1 PORT=$port DATA_DIR="$dir/data" DEMO=1 \
  LOG_LEVEL=warn node --import tsx server/main.ts) &
server_pid=$!
for _ in $(seq 1 120); do
  # The Dockerfile's HEALTHCHECK, as it is there.
  if node -e "fetch('http://127.0.0.1:$port/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    echo "runtime stage: production dependencies only, the server answers /ready"
    exit 0
  fi
  kill -0 "$server_pid" 2>/dev/null || { echo "the server exited"; exit 1; }
  sleep 0.5
done
echo "the server did not become ready"
exit 1
