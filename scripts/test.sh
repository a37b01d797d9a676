#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs what the tests need (a Rust
# toolchain if missing, a Python venv with the pinned aws CLI and boto3, Debian's docker.io,
# skopeo, busybox-static, bind9-dnsutils and kubernetes-client), checks format and lints, runs the Rust tests (unit, golden
# wire, admin, process, registry, aws-sdk-rust), then the cross-client suites against the
# real binary: boto3 and the aws CLI, then docker and skopeo with the registry.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

apt_install() {
  step "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] || { apt_install rustup gcc; rustup default stable; }
  export PATH="$HOME/.cargo/bin:$PATH"
fi
command -v python3 >/dev/null || apt_install python3
python3 -m venv --help >/dev/null 2>&1 || apt_install python3-venv
# The registry's real clients: docker (daemon and CLI), skopeo, and busybox-static to
# build an image FROM scratch (nothing can be pulled from Docker Hub here).
missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v skopeo >/dev/null || missing+=(skopeo)
dpkg -s busybox-static >/dev/null 2>&1 || missing+=(busybox-static)
command -v dig >/dev/null || missing+=(bind9-dnsutils)
command -v kubectl >/dev/null || missing+=(kubernetes-client)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

venv="$root/.venv"
req="$root/tests/sdk-compat/requirements.txt"
if ! cmp -s "$req" "$venv/.installed" 2>/dev/null; then
  step "Python venv with the pinned clients ($req)"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$venv/.installed"
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings denied)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo test"
cargo test --workspace

step "cross-client suite: boto3 and the aws CLI against target/debug/dockside"
cargo build --quiet --bin dockside
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
dnsport=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./target/debug/dockside --ephemeral --listen "127.0.0.1:$port" --dns-listen "127.0.0.1:$dnsport" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 200); do grep -q '^Ready\.$' "$log" && break; sleep 0.05; done
grep -q '^Ready\.$' "$log" || { cat "$log"; echo "dockside did not start" >&2; exit 1; }
DOCKSIDE_ENDPOINT="http://127.0.0.1:$port" DOCKSIDE_DNS_PORT="$dnsport" "$venv/bin/python" tests/sdk-compat/cross_client.py

step "registry clients: docker push/pull/run and skopeo against the ECR registry"
tests/sdk-compat/registry_clients.sh "$root/target/debug/dockside" "$venv/bin/aws"

step "all tests passed"
