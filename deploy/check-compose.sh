#!/usr/bin/env bash
# Runs docker-compose.yml for real and tests the running stack: `docker compose up --build`
# (PostgreSQL, Redis, two nodes built from the Dockerfile, nginx), then tests/compose against it
# through nginx (people join with the demo's invite links, talk across the two nodes, and one
# node crashes), then `docker compose down --volumes`. Needs a Docker engine with Compose v2.
# With --offline-images the public base images are local stand-ins built from Debian's packages
# first (deploy/offline-images/build.sh), for an engine that cannot reach Docker Hub, as in CI.
# Usage: bash deploy/check-compose.sh [--offline-images]
set -euo pipefail
cd "$(dirname "$0")/.."

export COMPOSE_PROJECT_NAME=buurtkamer-check
export LB_PORT="${LB_PORT:-$((20000 + RANDOM % 20000))}"
export PUBLIC_URL="http://localhost:$LB_PORT"
export COMPOSE_LB_URL="http://127.0.0.1:$LB_PORT"

if [ "${1:-}" = --offline-images ]; then
  bash deploy/offline-images/build.sh
fi

down() { docker compose down --volumes --remove-orphans --timeout 5 >/dev/null 2>&1 || true; }
trap down EXIT
down # what an interrupted run left behind

echo "docker compose up (load balancer on port $LB_PORT)"
if ! docker compose up --detach --build --wait --wait-timeout 300 --quiet-pull; then
  docker compose ps
  docker compose logs --tail 40
  exit 1
fi
docker compose ps --format 'table {{.Service}}\t{{.Image}}\t{{.Status}}'
npx vitest run --project compose
