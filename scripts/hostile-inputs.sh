#!/usr/bin/env bash
# Write the hostile inputs of issue 11 ("Safe on untrusted pull requests") into DIR, one
# directory per case, each holding an s.yaml (and what it needs). scripts/bench.sh times
# fclint on them; every case must end in well under 1 s and 200 MB with its finding.
#
#   scripts/hostile-inputs.sh DIR
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 DIR" >&2; exit 2; }
OUT="$1"
mkdir -p "$OUT"

head3() { printf 'edition: 3.0.0\nname: hostile\n'; }
fn3() {
  # fn3 PROPS...: one fc3 function with the given extra prop lines (indented by the caller).
  printf 'resources:\n  fn:\n    component: fc3\n    props:\n      region: cn-hangzhou\n      functionName: f\n      runtime: python3.10\n      handler: index.handler\n      code: ./code\n'
  local l
  for l in "$@"; do printf '      %s\n' "$l"; done
}

# 1. String doubling: 39 variables, each twice the one before (2^40 bytes if expanded).
mkdir -p "$OUT/doubling"
{
  head3
  printf 'vars:\n  s0: ab\n'
  for i in $(seq 1 39); do printf "  s%d: '\${vars.s%d}\${vars.s%d}'\n" "$i" $((i - 1)) $((i - 1)); done
  fn3 'description: ${vars.s39}'
} >"$OUT/doubling/s.yaml"

# 2. 200 000 distinct keys in one mapping.
mkdir -p "$OUT/keys-200k"
{
  head3
  printf 'vars:\n'
  awk 'BEGIN { for (i = 0; i < 200000; i++) printf "  k%d: v\n", i }'
  fn3
} >"$OUT/keys-200k/s.yaml"

# 3. 200 000 copies of one key (199 999 duplicate-key findings).
mkdir -p "$OUT/duplicate-keys-200k"
{
  head3
  printf 'vars:\n'
  awk 'BEGIN { for (i = 0; i < 200000; i++) printf "  k: v\n" }'
  fn3
} >"$OUT/duplicate-keys-200k/s.yaml"

# 4. 100 000 references to one variable.
mkdir -p "$OUT/refs-100k"
{
  head3
  printf 'vars:\n  r: hello\n  l:\n'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "    - ${vars.r}\n" }'
  fn3
} >"$OUT/refs-100k/s.yaml"

# 5. 100 000 keys extending a base file of 100 000 other keys.
mkdir -p "$OUT/extend-100k"
{
  head3
  printf 'vars:\n'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "  a%d: base\n", i }'
  fn3
} >"$OUT/extend-100k/base.yaml"
{
  printf 'extend: ./base.yaml\nvars:\n'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "  b%d: own\n", i }'
} >"$OUT/extend-100k/s.yaml"

# 6. fclint.toml with 200 000 [[topic]] entries.
mkdir -p "$OUT/toml-topics-200k"
{ head3; fn3; } >"$OUT/toml-topics-200k/s.yaml"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "[[topic]]\ntopic = \"t%d\"\npartitions = 3\n", i }' \
  >"$OUT/toml-topics-200k/fclint.toml"

# 7. 100 references to one 15 MB file.
mkdir -p "$OUT/file-15mb-x100"
head -c $((15 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$OUT/file-15mb-x100/big.txt"
{
  head3
  printf 'vars:\n  l:\n'
  for _ in $(seq 100); do printf "    - \${file('./big.txt')}\n"; done
  fn3
} >"$OUT/file-15mb-x100/s.yaml"

# 8. A FIFO where a file is expected: `--topics-json fifo`, `${file('./fifo')}`.
mkdir -p "$OUT/fifo"
rm -f "$OUT/fifo/fifo"
mkfifo "$OUT/fifo/fifo"
{ head3; fn3 "description: \${file('./fifo')}"; } >"$OUT/fifo/s.yaml"

# 9. 200 000 unknown keys in a function's props (one SC003 each, past the bound counted).
mkdir -p "$OUT/unknown-props-200k"
{
  head3
  fn3
  awk 'BEGIN { for (i = 0; i < 200000; i++) printf "      k%d: v\n", i }'
} >"$OUT/unknown-props-200k/s.yaml"

# 10. 200 000 references that cannot resolve (one VR001 each, past the bound counted).
mkdir -p "$OUT/missing-refs-200k"
{
  head3
  printf 'vars:\n  l:\n'
  awk 'BEGIN { for (i = 0; i < 200000; i++) printf "    - ${vars.nope}\n" }'
  fn3
} >"$OUT/missing-refs-200k/s.yaml"

# 11. An alias bomb (nine levels of nine aliases).
mkdir -p "$OUT/alias-bomb"
{
  head3
  printf 'vars:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n'
  for i in $(seq 1 9); do
    p=$((i - 1))
    printf '  a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n' "$i" "$i" $p $p $p $p $p $p $p $p $p
  done
  fn3
} >"$OUT/alias-bomb/s.yaml"

# 12. Tencent SCF: 39 `${self:…}` variables of the Serverless Framework v1 form, each twice the
# one before (the SCF resolver's byte and value budgets).
mkdir -p "$OUT/scf-self-doubling"
{
  printf 'service: s\nprovider:\n  name: tencent\nplugins:\n  - serverless-tencent-scf\ncustom:\n  s0: ab\n'
  for i in $(seq 1 39); do printf '  s%d: ${self:custom.s%d}${self:custom.s%d}\n' "$i" $((i - 1)) $((i - 1)); done
  printf 'functions:\n  f:\n    handler: index.main\n    description: ${self:custom.s39}\n'
} >"$OUT/scf-self-doubling/serverless.yml"
