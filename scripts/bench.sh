#!/usr/bin/env bash
# Speed and memory of fclint, rerunnable: `scripts/bench.sh [RUNS]` (default 10).
#
# Measures, on a release build:
#   1. one small file (examples/kafka/s.yaml): wall time per run, peak RSS;
#   2. the whole corpus ($FCLINT_CORPUS, default ../shared/corpus) in one invocation;
#   3. the same corpus, one process per file (what a pre-commit hook does);
#   4. the speed peer: jsonschema-cli validating the corpus's resolved documents against
#      schemas/s.schema.json (schema validation only, no YAML parsing, no resolution, no
#      rules) — when FCLINT_JSONSCHEMA_CLI is set (FCLINT_BENCH=1 scripts/install-tools.sh).
# Prints medians over RUNS and peak RSS from /usr/bin/time. Numbers are not asserted
# anywhere; compare them across commits.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${1:-10}"
CORPUS="${FCLINT_CORPUS:-../shared/corpus}"
[[ -f .tools/env.sh ]] && source .tools/env.sh

cargo build --release --quiet
BIN="$PWD/target/release/fclint"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# median_ms CMD...: run CMD $RUNS times, print the median wall time in ms.
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}

# peak_kb CMD...: peak resident set size in KiB.
peak_kb() {
  /usr/bin/time -f '%M' -o "$TMP/rss" "$@" >/dev/null 2>&1 || true
  tail -n1 "$TMP/rss"
}

echo "fclint $("$BIN" --version 2>/dev/null || echo dev), $RUNS runs each, $(nproc) cores"
echo
printf '%-58s %10s %10s\n' "case" "median ms" "peak KiB"

ex=(check examples/kafka/s.yaml)
printf '%-58s %10s %10s\n' "check examples/kafka/s.yaml" "$(median_ms "$BIN" "${ex[@]}")" "$(peak_kb "$BIN" "${ex[@]}")"

if [[ -d "$CORPUS/files" ]]; then
  mapfile -t FILES < <(ls "$CORPUS"/files/*.yaml)
  n=${#FILES[@]}
  printf '%-58s %10s %10s\n' "check corpus, one process ($n files)" \
    "$(median_ms "$BIN" check "${FILES[@]}")" "$(peak_kb "$BIN" check "${FILES[@]}")"
  printf '%-58s %10s %10s\n' "check corpus, json output" \
    "$(median_ms "$BIN" check -f json "${FILES[@]}")" "-"
  per_file() { for f in "${FILES[@]}"; do "$BIN" check "$f" >/dev/null 2>&1 || true; done; }
  printf '%-58s %10s %10s\n' "check corpus, one process per file" "$(median_ms per_file)" "-"

  if [[ -n "${FCLINT_JSONSCHEMA_CLI:-}" ]]; then
    mkdir -p "$TMP/json"
    for f in "${FILES[@]}"; do
      "$BIN" preview "$f" >"$TMP/json/$(basename "$f" .yaml).json" 2>/dev/null || rm -f "$TMP/json/$(basename "$f" .yaml).json"
    done
    mapfile -t JSONS < <(ls "$TMP"/json/*.json)
    args=()
    for j in "${JSONS[@]}"; do args+=(-i "$j"); done
    printf '%-58s %10s %10s\n' "jsonschema-cli, schema only (${#JSONS[@]} pre-resolved JSON)" \
      "$(median_ms "$FCLINT_JSONSCHEMA_CLI" validate --offline --errors-only schemas/s.schema.json "${args[@]}")" \
      "$(peak_kb "$FCLINT_JSONSCHEMA_CLI" validate --offline --errors-only schemas/s.schema.json "${args[@]}")"
  else
    echo "(jsonschema-cli not installed: FCLINT_BENCH=1 scripts/install-tools.sh && source .tools/env.sh)"
  fi
else
  echo "(no corpus at $CORPUS: set FCLINT_CORPUS)"
fi
