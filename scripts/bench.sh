#!/usr/bin/env bash
# Builds the release binary and prints the gateway benchmark's figures (start-up, idle
# memory, throughput at 32 connections, and moto's server under the same load).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin dockside
cargo run --release --quiet -p dockside-bench
