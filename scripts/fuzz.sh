#!/usr/bin/env bash
# Fuzz load + check + every output (fuzz/fuzz_targets/check.rs) with cargo-fuzz.
#
#   scripts/fuzz.sh [SECONDS]      default 1800 (30 minutes)
#
# Needs cargo-fuzz (installed into .tools/cargo-fuzz when missing) and a nightly
# toolchain or RUSTC_BOOTSTRAP=1 for its sanitizer flags. Seeds come from the
# repository's testdata and examples (an s.yaml with an fclint.toml beside it also as
# TOML, NUL, YAML: the target reads the part before a NUL byte as the inventory), plus
# $FCLINT_CORPUS when set (copied into
# fuzz/corpus, which git ignores: corpus files are never committed). libFuzzer runs in
# fork mode ($FCLINT_FUZZ_JOBS processes, default 1), so one run goes on for the whole
# time and collects every crash, timeout (> 10 s) and out-of-memory (> 2 GB) it finds
# in fuzz/artifacts/check/; reproduce one with
#   cargo fuzz run check fuzz/artifacts/check/crash-…
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_TO_RUN="${1:-1800}"
JOBS="${FCLINT_FUZZ_JOBS:-1}"

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  if [[ ! -x .tools/cargo-fuzz/bin/cargo-fuzz ]]; then
    cargo install --locked cargo-fuzz --root .tools/cargo-fuzz
  fi
  export PATH="$PWD/.tools/cargo-fuzz/bin:$PATH"
fi

seeds=fuzz/corpus/check
mkdir -p "$seeds"
n=0
while IFS= read -r -d '' f; do
  cp "$f" "$seeds/seed-$(cksum <"$f" | cut -d' ' -f1)" && n=$((n + 1))
done < <(find testdata examples -type f \( -name '*.yaml' -o -name '*.yml' \) -print0)
# An s.yaml with the fclint.toml beside it, as the target reads it: TOML, NUL, YAML.
while IFS= read -r -d '' toml; do
  for y in "$(dirname "$toml")"/*.yaml "$(dirname "$toml")"/*.yml; do
    [[ -f "$y" ]] || continue
    { cat "$toml"; printf '\0'; cat "$y"; } >"$seeds/inventory-$(cat "$toml" "$y" | cksum | cut -d' ' -f1)" && n=$((n + 1))
  done
done < <(find testdata examples -type f -name fclint.toml -print0)
if [[ -n "${FCLINT_CORPUS:-}" && -d "$FCLINT_CORPUS" ]]; then
  while IFS= read -r -d '' f; do
    cp "$f" "$seeds/corpus-$(cksum <"$f" | cut -d' ' -f1)" && n=$((n + 1))
  done < <(find "$FCLINT_CORPUS" -type f \( -name '*.yaml' -o -name '*.yml' \) -print0)
fi
echo "fuzz: $n seed files, $SECONDS_TO_RUN s, $JOBS job(s)"

# Sanitizer flags need unstable options; the stable toolchain accepts them with
# RUSTC_BOOTSTRAP=1 (cargo-fuzz passes -Zsanitizer=address).
export RUSTC_BOOTSTRAP=1
cargo fuzz run check "$seeds" -- \
  -dict=fuzz/dict/s-yaml.dict \
  -max_total_time="$SECONDS_TO_RUN" \
  -max_len=65536 \
  -rss_limit_mb=2048 \
  -timeout=10 \
  -print_final_stats=1 \
  -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1
