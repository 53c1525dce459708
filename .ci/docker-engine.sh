#!/usr/bin/env bash
# A Docker engine for deploy/check-compose.sh on a machine that has only the docker client:
# Debian's docker.io (dockerd, containerd, runc) and debootstrap (for the stand-in base images),
# and Compose v2, the `docker compose` plugin, taken from the docker-compose package of
# Debian 13 (Debian 12 has only the old docker-compose 1). That package is checked the way apt
# checks one: the release file's signature against Debian's keyring, the package index against
# the release file, the package against the index. Starts dockerd when none is running.
# Exits 3 when no engine can run here (say, without the privileges containers need).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! docker compose version >/dev/null 2>&1; then
  mirror=http://deb.debian.org/debian
  arch=$(dpkg --print-architecture)
  index_path="main/binary-$arch/Packages.xz"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  curl -fsS "$mirror/dists/trixie/InRelease" -o "$work/InRelease"
  gpgv --keyring /usr/share/keyrings/debian-archive-keyring.gpg "$work/InRelease" 2>/dev/null
  index_sum=$(awk -v path="$index_path" '/^SHA256:/{s=1; next} /^[^ ]/{s=0} s && $3 == path {print $1}' "$work/InRelease")
  curl -fsS "$mirror/dists/trixie/$index_path" -o "$work/Packages.xz"
  echo "$index_sum  $work/Packages.xz" | sha256sum --check --quiet
  read -r file deb_sum < <(xz -dc "$work/Packages.xz" |
    awk '/^Package: docker-compose$/{p=1} p && /^Filename:/{f=$2} p && /^SHA256:/{s=$2} p && /^$/{print f, s; exit}')
  curl -fsS "$mirror/$file" -o "$work/compose.deb"
  echo "$deb_sum  $work/compose.deb" | sha256sum --check --quiet
  dpkg-deb -x "$work/compose.deb" "$work/compose"
  install -D -m 755 "$work/compose/usr/libexec/docker/cli-plugins/docker-compose" \
    /usr/libexec/docker/cli-plugins/docker-compose
fi
docker compose version

if ! docker info >/dev/null 2>&1; then
  (dockerd >/var/log/dockerd.log 2>&1 &)
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
fi
if ! docker info >/dev/null 2>&1; then
  echo "dockerd did not start:"
  tail -5 /var/log/dockerd.log 2>/dev/null || true
  exit 3
fi
docker info --format 'Docker engine {{.ServerVersion}}, storage {{.Driver}}'
