#!/usr/bin/env bash
# Prove that two fclint binaries print the same thing: every command and format, in both
# languages, over the corpus ($FCLINT_CORPUS), testdata/ and examples/. Used to show that a
# refactoring changes nothing a user sees.
#
#   scripts/same-output.sh BASE_BINARY [NEW_BINARY]
#
# NEW_BINARY defaults to a fresh `cargo build --release`. Each binary is run under the name
# `fclint`, from the repository root, in a fixed environment (no inherited variables but PATH),
# so paths and usage lines compare equal. Prints the first differences and exits 1 when the
# outputs differ, 0 when they are byte-identical (stdout, stderr and exit code of every run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[[ $# -ge 1 ]] || { echo "usage: $0 BASE_BINARY [NEW_BINARY]" >&2; exit 2; }
BASE="$(realpath "$1")"
if [[ $# -ge 2 ]]; then
  NEW="$(realpath "$2")"
else
  cargo build --release --quiet
  NEW="$PWD/target/release/fclint"
fi
CORPUS="${FCLINT_CORPUS:-../shared/corpus}"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/base" "$TMP/new"
cp "$BASE" "$TMP/base/fclint"
cp "$NEW" "$TMP/new/fclint"

# Every input: corpus files, then every YAML file and directory under testdata and examples.
{
  if [[ -d "$CORPUS/files" ]]; then
    find "$CORPUS/files" -type f -name '*.yaml' | sort
  fi
  find testdata examples -type f \( -name '*.yaml' -o -name '*.yml' \) | sort
  find testdata examples -mindepth 1 -type d | sort
} >"$TMP/inputs"
mapfile -t INPUTS <"$TMP/inputs"
mapfile -t FILES < <(grep -v '/$' "$TMP/inputs" | while read -r p; do [[ -f "$p" ]] && echo "$p"; done)

# run DIR: every variant with the binary in DIR; one transcript per binary.
run() {
  local bin="$1/fclint" out="$1/transcript"
  local -a envv=(env -i "PATH=$PATH" "HOME=$TMP/home" "LANG=C.UTF-8" "TERM=dumb")
  one() {
    # one LABEL CMD...: the command's stdout, stderr and exit code, labelled.
    local label="$1"; shift
    local rc=0
    "${envv[@]}" "$@" >"$1.so" 2>"$1.se" </dev/null || rc=$?
    {
      printf '=== %s (exit %d)\n' "$label" "$rc"
      cat "$1.so"
      printf -- '--- stderr\n'
      cat "$1.se"
    } >>"$out"
  }
  : >"$out"
  local f lang fmt
  for lang in en zh; do
    for fmt in human concise json github sarif junit; do
      one "check $fmt $lang" "$bin" check --color never --lang "$lang" --format "$fmt" "${FILES[@]}"
    done
    one "check -v $lang" "$bin" check --color never --lang "$lang" --verbose "${FILES[@]}"
    one "rules $lang" "$bin" rules --lang "$lang"
  done
  one "rules json" "$bin" rules --format json
  one "schema" "$bin" schema
  local code
  for code in $("$bin" rules --format json | grep -o '"code": *"[A-Z]*[0-9]*"' | grep -o '[A-Z]*[0-9]*' | sort -u); do
    for lang in en zh; do one "explain $code $lang" "$bin" explain --lang "$lang" "$code"; done
  done
  for f in "${INPUTS[@]}"; do
    for lang in en zh; do
      for fmt in human markdown json; do
        one "plan $fmt $lang $f" "$bin" plan --color never --lang "$lang" --format "$fmt" "$f"
      done
      for fmt in text markdown mermaid; do
        one "explain $fmt $lang $f" "$bin" explain --color never --lang "$lang" --format "$fmt" "$f"
      done
    done
    if [[ -f "$f" ]]; then
      one "preview json $f" "$bin" preview --format json "$f"
      one "preview yaml $f" "$bin" preview --format yaml "$f"
    fi
  done
}

mkdir -p "$TMP/home"
run "$TMP/base" &
run "$TMP/new"
wait

if cmp -s "$TMP/base/transcript" "$TMP/new/transcript"; then
  echo "same-output: identical ($(grep -c '^=== ' "$TMP/new/transcript") runs over ${#INPUTS[@]} inputs)"
  exit 0
fi
echo "same-output: the outputs differ:"
diff -u "$TMP/base/transcript" "$TMP/new/transcript" | head -n "${SAME_OUTPUT_LINES:-80}"
exit 1
