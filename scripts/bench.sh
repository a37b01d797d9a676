#!/usr/bin/env bash
# Builds the release binary and prints the benchmark's figures: the gateway (start-up, idle
# memory, throughput at 32 connections, moto's server under the same load), ECS at 10,000
# tasks, and the registry beside Debian's docker-registry (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker-registry >/dev/null; then
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_=sudo
  $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-registry ||
    echo "docker-registry could not be installed: the registry section runs without it" >&2
fi
cargo build --release --bin dockside
cargo run --release --quiet -p dockside-bench
