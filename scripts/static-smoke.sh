#!/usr/bin/env bash
# What the Dockerfile's image does, without a Docker engine: build fclint as a static musl
# binary from Cargo.lock, put it alone into an empty root (like `FROM scratch`) and run it there
# as user 65534 with an empty environment, on the bundled example.
#
#   scripts/static-smoke.sh            (needs root for chroot, the musl target and musl-gcc:
#                                       rustup target add x86_64-unknown-linux-musl;
#                                       apt-get install musl-tools)
#
# It checks that the binary is statically linked, that `--version`, `check` (human and github
# formats) and `plan` work with no shell, no libraries and no files but the s.yaml, and that
# `check` exits 0 on the example. Not part of the test suite: it needs root and builds for
# minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TARGET=x86_64-unknown-linux-musl
OUT="${CARGO_TARGET_DIR:-target}"
CC_x86_64_unknown_linux_musl="${CC_x86_64_unknown_linux_musl:-musl-gcc}" \
  cargo build --release --locked --target "$TARGET"
BIN="$OUT/$TARGET/release/fclint"

ROOT="$(mktemp -d)"
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/src"
strip -o "$ROOT/fclint" "$BIN"
cp examples/kafka/s.yaml "$ROOT/src/s.yaml"
chmod -R a+rX "$ROOT"

file "$ROOT/fclint" | grep -q 'static' || { echo "static-smoke: not a static binary" >&2; exit 1; }
run() { env -i /usr/sbin/chroot --userspec=65534:65534 "$ROOT" /fclint "$@"; }
run --version
run check /src
run check /src --format github
run plan /src/s.yaml >/dev/null
echo "static-smoke: ok ($(du -h "$ROOT/fclint" | cut -f1) binary, run in an empty root as 65534)"
