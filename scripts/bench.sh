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

row() { printf '%-58s %10s %10s\n' "$@"; }
# ratio A B: "A / B" to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

ex=(check examples/kafka/s.yaml)
one_fclint=$(median_ms "$BIN" "${ex[@]}")
row "check examples/kafka/s.yaml" "$one_fclint" "$(peak_kb "$BIN" "${ex[@]}")"

HAVE_PEER=
if [[ -n "${FCLINT_JSONSCHEMA_CLI:-}" && -x "${FCLINT_JSONSCHEMA_CLI}" ]]; then
  HAVE_PEER=1
  PEER=("$FCLINT_JSONSCHEMA_CLI" validate --offline --errors-only schemas/s.schema.json)
  "$BIN" preview examples/kafka/s.yaml >"$TMP/kafka.json"
  one_peer=$(median_ms "${PEER[@]}" -i "$TMP/kafka.json")
  row "jsonschema-cli, schema only (the same file, resolved JSON)" "$one_peer" \
    "$(peak_kb "${PEER[@]}" -i "$TMP/kafka.json")"
fi

if [[ -d "$CORPUS/files" ]]; then
  mapfile -t FILES < <(ls "$CORPUS"/files/*.yaml)
  n=${#FILES[@]}
  all_fclint=$(median_ms "$BIN" check "${FILES[@]}")
  row "check corpus, one process ($n files)" "$all_fclint" "$(peak_kb "$BIN" check "${FILES[@]}")"
  row "check corpus, json output" "$(median_ms "$BIN" check -f json "${FILES[@]}")" "-"
  per_file() { for f in "${FILES[@]}"; do "$BIN" check "$f" >/dev/null 2>&1 || true; done; }
  row "check corpus, one process per file" "$(median_ms per_file)" "-"

  if [[ -n "$HAVE_PEER" ]]; then
    mkdir -p "$TMP/json"
    for f in "${FILES[@]}"; do
      "$BIN" preview "$f" >"$TMP/json/$(basename "$f" .yaml).json" 2>/dev/null || rm -f "$TMP/json/$(basename "$f" .yaml).json"
    done
    mapfile -t JSONS < <(ls "$TMP"/json/*.json)
    args=()
    for j in "${JSONS[@]}"; do args+=(-i "$j"); done
    # The peer must really validate: without --errors-only it names every instance.
    checked=$("$FCLINT_JSONSCHEMA_CLI" validate --offline schemas/s.schema.json "${args[@]}" 2>&1 |
      grep -c -e "${TMP}/json/" || true)
    all_peer=$(median_ms "${PEER[@]}" "${args[@]}")
    row "jsonschema-cli, schema only (${#JSONS[@]} pre-resolved JSON)" "$all_peer" \
      "$(peak_kb "${PEER[@]}" "${args[@]}")"
    echo
    echo "jsonschema-cli reported on $checked of ${#JSONS[@]} instances"
    echo "ratio fclint / jsonschema-cli: one file $(ratio "$one_fclint" "$one_peer"), corpus $(ratio "$all_fclint" "$all_peer") (below 1: fclint is faster)"
  fi
else
  echo "(no corpus at $CORPUS: set FCLINT_CORPUS)"
fi
if [[ -z "$HAVE_PEER" ]]; then
  echo "(jsonschema-cli not installed: FCLINT_BENCH=1 scripts/install-tools.sh && source .tools/env.sh)"
fi
