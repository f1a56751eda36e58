#!/usr/bin/env bash
# Speed and memory of fclint, rerunnable: `scripts/bench.sh [RUNS]` (default 10).
#
# Measures, on a release build:
#   1. one small file (examples/kafka/s.yaml): wall time per run, peak RSS;
#   2. the whole corpus ($FCLINT_CORPUS, default ../shared/corpus) in one invocation;
#   3. the same corpus, one process per file (what a pre-commit hook does);
#   3b. check --diff --unsafe-fixes over the corpus (every fix round, nothing written);
#   4. plan over the corpus in one process, and explain one process per file;
#   5. the speed peer, when FCLINT_JSONSCHEMA_CLI is set (FCLINT_BENCH=1
#      scripts/install-tools.sh): jsonschema-cli validating the same s.yaml files against
#      schemas/s.schema.json (it reads YAML itself; schema only: no spans, no variables, no
#      rules), and, as a lower bound, the documents fclint resolved to JSON;
#   6. `fclint lsp` (scripts/lsp-bench.py, over stdio like an editor): didChange → diagnostics
#      on the largest corpus file and a generated 2,000-line s.yaml, hover, completion and
#      inlay hints (median and p95), and the idle memory with 50 open documents.
#   7. hostile inputs (scripts/hostile-inputs.sh, issue 11): string doubling, 200 000 keys,
#      200 000 duplicate keys, 100 000 references, a 100k + 100k extend, 200 000 [[topic]]
#      in fclint.toml, 100 references to a 15 MB file, a FIFO as --topics-json, 200 000
#      unknown props keys, 200 000 unresolvable references, an alias bomb, a doubling SCF
#      ${self:…} chain: median wall and
#      CPU time, peak RSS and the finding each ends with (each must stay well under 1 s and
#      200 MB on 2 cores);
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
row "fclint check examples/kafka/s.yaml" "$one_fclint" "$(peak_kb "$BIN" "${ex[@]}")"

HAVE_PEER=
if [[ -n "${FCLINT_JSONSCHEMA_CLI:-}" && -x "${FCLINT_JSONSCHEMA_CLI}" ]]; then
  HAVE_PEER=1
  # jsonschema-cli reads YAML instances itself, so it validates the very same s.yaml.
  PEER=("$FCLINT_JSONSCHEMA_CLI" validate --offline --errors-only schemas/s.schema.json)
  one_peer=$(median_ms "${PEER[@]}" -i examples/kafka/s.yaml)
  row "jsonschema-cli, the same file" "$one_peer" "$(peak_kb "${PEER[@]}" -i examples/kafka/s.yaml)"
fi

if [[ -d "$CORPUS/files" ]]; then
  mapfile -t FILES < <(ls "$CORPUS"/files/*.yaml)
  n=${#FILES[@]}
  all_fclint=$(median_ms "$BIN" check "${FILES[@]}")
  row "fclint check corpus, one process ($n files)" "$all_fclint" "$(peak_kb "$BIN" check "${FILES[@]}")"
  row "fclint check corpus, json output" "$(median_ms "$BIN" check -f json "${FILES[@]}")" "-"
  # Autofix: --diff computes every fix round (and re-checks after each) without writing.
  row "fclint check --diff --unsafe-fixes corpus, one process" \
    "$(median_ms "$BIN" check --diff --unsafe-fixes "${FILES[@]}")" \
    "$(peak_kb "$BIN" check --diff --unsafe-fixes "${FILES[@]}")"
  per_file() { for f in "${FILES[@]}"; do "$BIN" check "$f" >/dev/null 2>&1 || true; done; }
  row "fclint check corpus, one process per file" "$(median_ms per_file)" "-"

  # plan and explain read the semantics layer: plan over every file it can plan, in one
  # process; explain takes one file per run.
  PLANNABLE=()
  for f in "${FILES[@]}"; do "$BIN" plan -f json "$f" >/dev/null 2>&1 && PLANNABLE+=("$f"); done
  row "fclint plan, ${#PLANNABLE[@]} plannable corpus files, one process" \
    "$(median_ms "$BIN" plan --color never "${PLANNABLE[@]}")" "$(peak_kb "$BIN" plan --color never "${PLANNABLE[@]}")"
  row "fclint plan --format json, the same files" "$(median_ms "$BIN" plan -f json "${PLANNABLE[@]}")" "-"
  explain_each() { for f in "${FILES[@]}"; do "$BIN" explain --color never "$f" >/dev/null 2>&1 || true; done; }
  row "fclint explain corpus, one process per file" "$(median_ms explain_each)" "-"

  if [[ -n "$HAVE_PEER" ]]; then
    # jsonschema-cli stops at the first file that is not valid YAML (some corpus files
    # are unrendered templates), so both tools get the files it can read.
    SAME=()
    for f in "${FILES[@]}"; do
      out=$("${PEER[@]}" -i "$f" 2>&1 || true)
      [[ "$out" == *"failed to read"* ]] || SAME+=("$f")
    done
    args=()
    for f in "${SAME[@]}"; do args+=(-i "$f"); done
    # The peer must really validate: without --errors-only it names every instance.
    checked=$("$FCLINT_JSONSCHEMA_CLI" validate --offline schemas/s.schema.json "${args[@]}" 2>&1 |
      grep -cE ' - (VALID|INVALID)' || true)
    same_fclint=$(median_ms "$BIN" check "${SAME[@]}")
    same_peer=$(median_ms "${PEER[@]}" "${args[@]}")
    row "fclint check, the ${#SAME[@]} files jsonschema-cli reads" "$same_fclint" "$(peak_kb "$BIN" check "${SAME[@]}")"
    row "jsonschema-cli, the same ${#SAME[@]} files" "$same_peer" "$(peak_kb "${PEER[@]}" "${args[@]}")"

    # A lower bound for schema validation alone: the peer on documents fclint has already
    # parsed and resolved to JSON (no YAML, no variables).
    mkdir -p "$TMP/json"
    for f in "${FILES[@]}"; do
      "$BIN" preview "$f" >"$TMP/json/$(basename "$f" .yaml).json" 2>/dev/null || rm -f "$TMP/json/$(basename "$f" .yaml).json"
    done
    mapfile -t JSONS < <(ls "$TMP"/json/*.json)
    jargs=()
    for j in "${JSONS[@]}"; do jargs+=(-i "$j"); done
    row "jsonschema-cli, ${#JSONS[@]} documents pre-resolved to JSON" "$(median_ms "${PEER[@]}" "${jargs[@]}")" \
      "$(peak_kb "${PEER[@]}" "${jargs[@]}")"
    echo
    echo "jsonschema-cli validated $checked of ${#SAME[@]} files"
    echo "ratio fclint / jsonschema-cli on the same files: one file $(ratio "$one_fclint" "$one_peer"), corpus $(ratio "$same_fclint" "$same_peer") (below 1: fclint is faster)"
  fi
else
  echo "(no corpus at $CORPUS: set FCLINT_CORPUS)"
fi
if [[ -z "$HAVE_PEER" ]]; then
  echo "(jsonschema-cli not installed: FCLINT_BENCH=1 scripts/install-tools.sh && source .tools/env.sh)"
fi

echo
if command -v python3 >/dev/null; then
  python3 scripts/lsp-bench.py "$BIN" "$CORPUS" --edits "$((RUNS * 10))"
else
  echo "(python3 not found: fclint lsp not measured)"
fi

# hostile CASE ARGS...: median wall ms and CPU ms over min(RUNS, 5) runs, peak RSS, and the
# code of the last finding (or the error) the run ends with.
hostile() {
  local name="$1"; shift
  local walls=() cpus=() peak=0 last
  for _ in $(seq "$(( RUNS < 5 ? RUNS : 5 ))"); do
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/h.time" timeout 60 "$BIN" "$@" >"$TMP/h.out" 2>"$TMP/h.err" || true
    read -r e u s m < <(tail -n1 "$TMP/h.time")
    walls+=("$(awk -v x="$e" 'BEGIN { printf "%d", x * 1000 }')")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    if (( m > peak )); then peak=$m; fi
  done
  last=$(grep -oE '\b(SY|LD|SC|FN|TR|VR|EB|AS|CP|SP)[0-9]{3}\b' "$TMP/h.out" | tail -n1 || true)
  if [[ -z "$last" ]]; then last=$(head -c 60 "$TMP/h.err" | tr '\n' ' '); fi
  if [[ -z "$last" ]]; then last="(no finding)"; fi
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '%-30s %9s %9s %10s  %s\n' "$name" "$(med "${walls[@]}")" "$(med "${cpus[@]}")" "$peak" "$last"
}

echo
echo "hostile inputs (scripts/hostile-inputs.sh): each well under 1 s and 200 MB"
printf '%-30s %9s %9s %10s  %s\n' "case" "wall ms" "cpu ms" "peak KiB" "ends with"
scripts/hostile-inputs.sh "$TMP/hostile" >/dev/null
H="$TMP/hostile"
for c in doubling keys-200k duplicate-keys-200k refs-100k extend-100k file-15mb-x100 \
  unknown-props-200k missing-refs-200k alias-bomb; do
  hostile "$c" check -f concise "$H/$c/s.yaml"
done
hostile "duplicate-keys-200k (sarif)" check -f sarif "$H/duplicate-keys-200k/s.yaml"
hostile "duplicate-keys-200k (human)" check --color never "$H/duplicate-keys-200k/s.yaml"
hostile "toml-topics-200k" check -f concise "$H/toml-topics-200k/s.yaml"
hostile "fifo (--topics-json)" check --topics-json "$H/fifo/fifo" "$H/fifo/s.yaml"
hostile "fifo (\${file()})" check -f concise "$H/fifo/s.yaml"
hostile "scf-self-doubling" check -f concise "$H/scf-self-doubling/serverless.yml"
