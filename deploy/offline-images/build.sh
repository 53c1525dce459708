#!/usr/bin/env bash
# Local stand-ins for the public images that docker-compose.yml and the Dockerfile start from,
# for a Docker engine that cannot reach Docker Hub (this workplace and its CI reach only the npm
# registry and Debian's packages). Built from a Debian bookworm made with debootstrap, Debian's
# packages and this machine's Node 20, and tagged with the names the compose file uses, so
# `docker compose up --build` runs on the files as they are.
# They are stand-ins: they play the same part (the variables, commands and health-check tools
# the compose file relies on), they are not the same bits. Where Docker Hub is reachable, use
# the real images and not this script. Usage: bash deploy/offline-images/build.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base=buurtkamer-offline/debian:bookworm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Which stand-in plays which image; the names are checked against the files that use them.
declare -A images=(
  [node]="$(sed -n 's/^FROM \(node:[^ ]*\).*/\1/p' "$root/Dockerfile" | sort -u)"
  [postgres]="$(sed -n 's/^ *image: \(postgres:.*\)/\1/p' "$root/docker-compose.yml")"
  [redis]="$(sed -n 's/^ *image: \(redis:.*\)/\1/p' "$root/docker-compose.yml")"
  [nginx]="$(sed -n 's/^ *image: \(nginx:.*\)/\1/p' "$root/docker-compose.yml")"
)
for name in "${!images[@]}"; do
  tag=${images[$name]}
  if [ -z "$tag" ] || [ "$(wc -l <<<"$tag")" -ne 1 ]; then
    echo "could not read the one $name image from the Dockerfile or docker-compose.yml" >&2
    exit 1
  fi
done

if ! docker image inspect "$base" >/dev/null 2>&1; then
  echo "base: Debian bookworm (debootstrap, minbase)"
  command -v debootstrap >/dev/null || { echo "debootstrap is needed (apt-get install debootstrap)" >&2; exit 1; }
  debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >/dev/null
  rm -rf "$work/rootfs"/var/cache/apt/archives/*.deb "$work/rootfs"/var/lib/apt/lists/*
  tar -C "$work/rootfs" -c . | docker import - "$base" >/dev/null
  rm -rf "$work/rootfs"
fi

# The node stand-in carries this machine's Node and npm, which must be Node 20.
node_bin=$(command -v node)
[[ $("$node_bin" --version) == v20.* ]] || { echo "Node 20 is needed to build the node stand-in" >&2; exit 1; }
npm_dir=$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)
cp -r "$here/node" "$work/node"
cp "$(readlink -f "$node_bin")" "$work/node/node"
cp -r "$npm_dir" "$work/node/npm"
cp "${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}" "$work/node/ca-certificates.crt"

for name in node postgres redis nginx; do
  context="$here/$name"
  [ "$name" = node ] && context="$work/node"
  echo "stand-in for ${images[$name]}"
  docker build -q -t "${images[$name]}" "$context" >/dev/null
done
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' |
  grep -E "^(${images[node]}|${images[postgres]}|${images[redis]}|${images[nginx]}) "
