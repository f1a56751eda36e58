#!/usr/bin/env bash
# Install the external tools fclint's tests compare against, into a private
# tools folder (never globally), each at an exact version:
#
#   s (Serverless Devs CLI)      npm   @serverless-devs/s               -> FCLINT_S_BIN
#   Sarif.Multitool              npm   @microsoft/sarif-multitool-linux -> FCLINT_SARIF_MULTITOOL
#   mermaid + jsdom              npm   mermaid, jsdom                   -> FCLINT_MERMAID_MODULES
#                                (scripts/mermaid-check.mjs parses `explain --format mermaid` output)
#   ajv + js-yaml                npm   ajv, js-yaml                     -> FCLINT_AJV_MODULES
#                                (scripts/ajv-check.mjs validates s.yaml files against schemas/s.schema.json)
#   yaml-language-server         npm   yaml-language-server             -> FCLINT_YAML_LS
#                                (scripts/yaml-ls-check.mjs drives it over LSP with the exported schema)
#   @vscode/vsce                 npm   @vscode/vsce, and editors/vscode's own locked dependencies
#                                -> FCLINT_VSCE, FCLINT_VSCODE_DEPS (tests/vscode_extension.rs builds the .vsix)
#   pytest-lsp                   PyPI  (own venv, pinned in tests/lsp/requirements.txt) -> FCLINT_PYTEST_LSP
#                                (tests/lsp_e2e.rs: `fclint lsp` end to end with a real client)
#   pre-commit                   PyPI  pre-commit (in a venv)           -> FCLINT_PRE_COMMIT
#   xmlschema (XSD validator)    PyPI  xmlschema (same venv)            -> FCLINT_XMLSCHEMA_VALIDATE
#   jsonschema-cli               crates.io (only with FCLINT_BENCH=1)   -> FCLINT_JSONSCHEMA_CLI
#
# Usage: scripts/install-tools.sh                (folder: ${FCLINT_TOOLS_DIR:-$PWD/.tools})
#        FCLINT_BENCH=1 scripts/install-tools.sh (also builds jsonschema-cli, slow)
#        scripts/install-tools.sh --update-lock  (after moving an npm pin: rewrite the lock file)
#
# Versions are pinned below, and the npm packages' own dependencies by the committed
# scripts/tools/package-lock.json (installed with `npm ci`), the Python packages' by the
# constraints in PIP_PINS, so every run compares against the same oracles. To move a tool:
#   1. change its version below (for a Python tool, also the dependency pins PIP_PINS,
#      e.g. from `pip freeze` in a scratch venv after `pip install TOOL==NEW`);
#   2. for an npm tool, run `scripts/install-tools.sh --update-lock`, which rewrites
#      scripts/tools/package-lock.json from the pins;
#   3. run `bash .ci/run`, read what the new version reports differently, and commit the
#      script and the lock file together.
#
# Idempotent: a tool already installed at its pinned version and working is not
# reinstalled. A failing install does not stop the others; it prints
#   install-tools: could not install X: reason
# and the tool is left out of $DIR/env.sh, which exports a variable only for tools that
# were installed and ran. Tests that need a missing tool say SKIPPED, or fail under
# FCLINT_REQUIRE_TOOLS=1 -- and under FCLINT_REQUIRE_TOOLS=1 (which .ci/run sets) this
# script itself exits 1 when any tool is missing, after showing its install log.
set -euo pipefail

S_VERSION=3.1.10
SARIF_MULTITOOL_VERSION=5.7.0
MERMAID_VERSION=11.17.2
JSDOM_VERSION=24.1.3
# ajv and js-yaml: the JSON Schema validator and YAML loader that s 3.1.10 bundles.
AJV_VERSION=8.20.0
JS_YAML_VERSION=4.1.0
YAML_LS_VERSION=1.25.0
VSCE_VERSION=4.1.0
PRE_COMMIT_VERSION=4.7.0
XMLSCHEMA_VERSION=4.3.2
JSONSCHEMA_CLI_VERSION=0.60.2
# Every package the venv holds, pinned (pip installs them as constraints, so a dependency
# the tools stop needing is simply not installed).
PIP_PINS=(
  "pre-commit==$PRE_COMMIT_VERSION" "xmlschema==$XMLSCHEMA_VERSION"
  cfgv==3.5.0 distlib==0.4.4 elementpath==5.1.4 filelock==4.3.1 identify==2.6.20
  nodeenv==1.12.0 packaging==26.4 platformdirs==4.14.9 python-discovery==1.9.6
  PyYAML==6.0.4 virtualenv==21.15.11
)

DIR="${FCLINT_TOOLS_DIR:-$PWD/.tools}"
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOCK="$SCRIPTS/tools/package-lock.json"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
LOG="$DIR/install.log"
: >"$LOG"

declare -A FOUND=()

say() { printf 'install-tools: %s\n' "$*"; }
fail() { say "could not install $1: $2"; }

# The package.json the lock file was made from: exactly the pins above.
write_package_json() {
  cat >"$1/package.json" <<EOF
{
  "name": "fclint-test-tools",
  "private": true,
  "description": "Written by scripts/install-tools.sh from its pins; do not edit.",
  "dependencies": {
    "@microsoft/sarif-multitool-linux": "$SARIF_MULTITOOL_VERSION",
    "@serverless-devs/s": "$S_VERSION",
    "@vscode/vsce": "$VSCE_VERSION",
    "ajv": "$AJV_VERSION",
    "jsdom": "$JSDOM_VERSION",
    "js-yaml": "$JS_YAML_VERSION",
    "mermaid": "$MERMAID_VERSION",
    "yaml-language-server": "$YAML_LS_VERSION"
  }
}
EOF
}

if [[ "${1:-}" == --update-lock ]]; then
  tmp="$(mktemp -d)"
  write_package_json "$tmp"
  (cd "$tmp" && npm install --package-lock-only --no-audit --no-fund --loglevel=error)
  mkdir -p "$(dirname "$LOCK")"
  cp "$tmp/package-lock.json" "$LOCK"
  rm -rf "$tmp"
  say "wrote $LOCK; now run scripts/install-tools.sh and bash .ci/run"
  exit 0
fi

# The version an installed npm package declares, or nothing.
npm_version() {
  node -e 'try { console.log(require(process.argv[1]).version) } catch (e) {}' \
    "$DIR/npm/node_modules/$1/package.json" 2>/dev/null || true
}

# All npm tools in one `npm ci` from the committed lock (skipped when every pin is there).
npm_ready=
install_npm() {
  if [[ -n "$npm_ready" ]]; then
    [[ "$npm_ready" == ok ]]
    return
  fi
  npm_ready=failed
  command -v npm >/dev/null || { echo "npm not found" >&2; return 1; }
  if [[ "$(npm_version @serverless-devs/s)" == "$S_VERSION" &&
    "$(npm_version @microsoft/sarif-multitool-linux)" == "$SARIF_MULTITOOL_VERSION" &&
    "$(npm_version mermaid)" == "$MERMAID_VERSION" &&
    "$(npm_version jsdom)" == "$JSDOM_VERSION" &&
    "$(npm_version ajv)" == "$AJV_VERSION" &&
    "$(npm_version js-yaml)" == "$JS_YAML_VERSION" &&
    "$(npm_version yaml-language-server)" == "$YAML_LS_VERSION" &&
    "$(npm_version @vscode/vsce)" == "$VSCE_VERSION" ]] && cmp -s "$LOCK" "$DIR/npm/package-lock.json"; then
    npm_ready=ok
    return 0
  fi
  mkdir -p "$DIR/npm"
  write_package_json "$DIR/npm"
  cp "$LOCK" "$DIR/npm/package-lock.json"
  # `npm ci` refuses a lock that does not match the pins: a pin moved without
  # --update-lock fails here instead of installing something else.
  (cd "$DIR/npm" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  npm_ready=ok
}

install_s() {
  if ! install_npm; then
    fail "@serverless-devs/s" "npm ci failed (see $LOG)" >&2; return 1
  fi
  local bin="$DIR/npm/node_modules/.bin/s"
  # s writes its config under $HOME; use a throwaway HOME so the check
  # neither needs nor touches the user's credentials.
  local home; home="$(mktemp -d)"
  if HOME="$home" timeout 60 "$bin" -v >/dev/null 2>&1; then
    FOUND[FCLINT_S_BIN]="$bin"
  else
    fail "@serverless-devs/s" "'s -v' did not run" >&2; rm -rf "$home"; return 1
  fi
  rm -rf "$home"
}

install_sarif() {
  if ! install_npm; then
    fail "@microsoft/sarif-multitool-linux" "npm ci failed (see $LOG)" >&2; return 1
  fi
  # The package ships a self-contained .NET executable; its path is not
  # part of any API, so find it rather than hard-code it.
  local bin
  bin="$(find "$DIR/npm/node_modules/@microsoft/sarif-multitool-linux" -type f -name 'Sarif.Multitool' | head -n1)"
  if [[ -z "$bin" ]]; then
    fail "@microsoft/sarif-multitool-linux" "no Sarif.Multitool binary in the package" >&2; return 1
  fi
  chmod +x "$bin"
  local tmp; tmp="$(mktemp -d)"
  cat >"$tmp/ok.sarif" <<'EOF'
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [ { "tool": { "driver": { "name": "probe" } }, "results": [] } ]
}
EOF
  # No ICU on these machines: .NET must run in invariant-globalization mode.
  if DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    timeout 120 "$bin" validate "$tmp/ok.sarif" -o "$tmp/out.sarif" >>"$LOG" 2>&1; then
    FOUND[FCLINT_SARIF_MULTITOOL]="$bin"
  else
    fail "@microsoft/sarif-multitool-linux" "'Sarif.Multitool validate' failed on a valid file" >&2
    rm -rf "$tmp"; return 1
  fi
  rm -rf "$tmp"
}

install_mermaid() {
  if ! install_npm; then
    fail mermaid "npm ci failed (see $LOG)" >&2; return 1
  fi
  local tmp; tmp="$(mktemp -d)"
  printf 'flowchart LR\n  a["probe"] -->|"edge"| b["ok"]\n' >"$tmp/ok.mmd"
  if FCLINT_MERMAID_MODULES="$DIR/npm/node_modules" timeout 120 node "$SCRIPTS/mermaid-check.mjs" "$tmp/ok.mmd" >>"$LOG" 2>&1; then
    FOUND[FCLINT_MERMAID_MODULES]="$DIR/npm/node_modules"
  else
    fail mermaid "scripts/mermaid-check.mjs did not parse a valid flowchart" >&2
    rm -rf "$tmp"; return 1
  fi
  rm -rf "$tmp"
}

install_ajv() {
  if ! install_npm; then
    fail ajv "npm ci failed (see $LOG)" >&2; return 1
  fi
  local tmp
  tmp="$(mktemp -d)"
  echo '{"type": "object", "required": ["a"]}' >"$tmp/schema.json"
  echo 'a: 1' >"$tmp/good.yaml"
  echo 'b: 1' >"$tmp/bad.yaml"
  # The probe must both accept and reject, or the tests could not tell the two apart.
  if FCLINT_AJV_MODULES="$DIR/npm/node_modules" timeout 60 node "$SCRIPTS/ajv-check.mjs" "$tmp/schema.json" "$tmp/good.yaml" >>"$LOG" 2>&1 &&
    ! FCLINT_AJV_MODULES="$DIR/npm/node_modules" timeout 60 node "$SCRIPTS/ajv-check.mjs" "$tmp/schema.json" "$tmp/bad.yaml" >>"$LOG" 2>&1; then
    FOUND[FCLINT_AJV_MODULES]="$DIR/npm/node_modules"
  else
    fail ajv "scripts/ajv-check.mjs did not tell a valid file from an invalid one" >&2
    rm -rf "$tmp"; return 1
  fi
  rm -rf "$tmp"
}

# yaml-language-server: tests/editor_schema.rs drives it over LSP with scripts/yaml-ls-check.mjs
# to prove the exported schema works in editors.
install_yaml_ls() {
  if ! install_npm; then
    fail yaml-language-server "npm ci failed (see $LOG)" >&2; return 1
  fi
  local server="$DIR/npm/node_modules/yaml-language-server/bin/yaml-language-server"
  local tmp; tmp="$(mktemp -d)"
  printf '{"type":"object","properties":{"a":{"type":"integer"}}}\n' >"$tmp/s.json"
  printf 'a: x\n' >"$tmp/bad.yaml"
  # The probe must find the one type error: a server that starts but reports nothing is not usable.
  if FCLINT_YAML_LS="$server" timeout 120 node "$SCRIPTS/yaml-ls-check.mjs" --schema "$tmp/s.json" "$tmp/bad.yaml" 2>>"$LOG" | grep -q '"code"\|"message"'; then
    FOUND[FCLINT_YAML_LS]="$server"
  else
    fail yaml-language-server "scripts/yaml-ls-check.mjs found no diagnostic in a bad file" >&2
    rm -rf "$tmp"; return 1
  fi
  rm -rf "$tmp"
}

# @vscode/vsce (in the pinned npm tools) and the VS Code extension's own dependencies
# (editors/vscode, `npm ci` from its package-lock.json): tests/vscode_extension.rs builds the
# .vsix with them.
install_vsce() {
  if ! install_npm; then
    fail @vscode/vsce "npm ci failed (see $LOG)" >&2; return 1
  fi
  local ext="$DIR/vscode-extension" src="$SCRIPTS/../editors/vscode"
  if [[ ! -d "$ext/node_modules" ]] || ! cmp -s "$src/package-lock.json" "$ext/package-lock.json"; then
    rm -rf "$ext" && mkdir -p "$ext"
    cp "$src/package.json" "$src/package-lock.json" "$ext/"
    if ! npm ci --prefix "$ext" --omit=dev --no-audit --no-fund --loglevel=error; then
      fail "editors/vscode dependencies" "npm ci failed (see $LOG)" >&2; return 1
    fi
  fi
  local bin="$DIR/npm/node_modules/.bin/vsce"
  if "$bin" --version >/dev/null 2>&1 && [[ -e "$ext/node_modules/vscode-languageclient/package.json" ]]; then
    FOUND[FCLINT_VSCE]="$bin"
    FOUND[FCLINT_VSCODE_DEPS]="$ext/node_modules"
  else
    fail @vscode/vsce "'vsce --version' did not run" >&2; return 1
  fi
}

# pytest-lsp (PyPI, pinned in tests/lsp/requirements.txt) in a venv of its own: tests/lsp_e2e.rs
# runs the end-to-end tests of `fclint lsp` (tests/lsp/*.py) with it.
install_pytest_lsp() {
  local venv="$DIR/lsp-venv" req="$SCRIPTS/../tests/lsp/requirements.txt"
  local stamp="$venv/.requirements"
  if [[ ! -x "$venv/bin/python" ]] || ! cmp -s "$req" "$stamp"; then
    command -v python3 >/dev/null || { fail pytest-lsp "python3 not found" >&2; return 1; }
    rm -rf "$venv"
    if ! python3 -m venv "$venv"; then
      fail pytest-lsp "python3 -m venv failed" >&2; return 1
    fi
    if ! "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"; then
      fail pytest-lsp "pip install failed (see $LOG)" >&2; return 1
    fi
    cp "$req" "$stamp"
  fi
  if "$venv/bin/python" -c 'import pytest_lsp, pytest_asyncio, lsprotocol' >/dev/null 2>&1; then
    FOUND[FCLINT_PYTEST_LSP]="$venv/bin/python"
  else
    fail pytest-lsp "the venv cannot import pytest_lsp" >&2; return 1
  fi
}

# pre-commit and xmlschema share one venv, installed in one pinned pip run.
venv_ready=
install_venv() {
  if [[ -n "$venv_ready" ]]; then
    [[ "$venv_ready" == ok ]]
    return
  fi
  venv_ready=failed
  local have
  have="$("$DIR/venv/bin/pip" freeze --disable-pip-version-check 2>/dev/null | sort -f || true)"
  local want
  want="$(printf '%s\n' "${PIP_PINS[@]}" | sed 's/^pre-commit==/pre_commit==/' | sort -f)"
  if [[ "$have" == "$want" ]]; then
    venv_ready=ok
    return 0
  fi
  command -v python3 >/dev/null || { echo "python3 not found" >&2; return 1; }
  rm -rf "$DIR/venv"
  python3 -m venv "$DIR/venv" || return 1
  local constraints="$DIR/venv/constraints.txt"
  printf '%s\n' "${PIP_PINS[@]}" >"$constraints"
  "$DIR/venv/bin/pip" install --quiet --disable-pip-version-check -c "$constraints" \
    "pre-commit==$PRE_COMMIT_VERSION" "xmlschema==$XMLSCHEMA_VERSION" || return 1
  venv_ready=ok
}

install_pre_commit() {
  if ! install_venv; then
    fail pre-commit "pip install failed (see $LOG)" >&2; return 1
  fi
  local bin="$DIR/venv/bin/pre-commit"
  if [[ "$("$bin" --version 2>/dev/null)" == "pre-commit $PRE_COMMIT_VERSION" ]]; then
    FOUND[FCLINT_PRE_COMMIT]="$bin"
  else
    fail pre-commit "'pre-commit --version' did not print $PRE_COMMIT_VERSION" >&2; return 1
  fi
}

install_xmlschema() {
  if ! install_venv; then
    fail xmlschema "pip install failed (see $LOG)" >&2; return 1
  fi
  local bin="$DIR/venv/bin/xmlschema-validate" tmp
  tmp="$(mktemp -d)"
  cat >"$tmp/schema.xsd" <<'EOF'
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="a"><xs:complexType><xs:attribute name="n" type="xs:int" use="required"/></xs:complexType></xs:element>
</xs:schema>
EOF
  echo '<a n="1"/>' >"$tmp/good.xml"
  echo '<a n="x"/>' >"$tmp/bad.xml"
  if timeout 60 "$bin" --schema "$tmp/schema.xsd" "$tmp/good.xml" >>"$LOG" 2>&1 &&
    ! timeout 60 "$bin" --schema "$tmp/schema.xsd" "$tmp/bad.xml" >>"$LOG" 2>&1; then
    FOUND[FCLINT_XMLSCHEMA_VALIDATE]="$bin"
  else
    fail xmlschema "'xmlschema-validate' did not tell a valid file from an invalid one" >&2
    rm -rf "$tmp"; return 1
  fi
  rm -rf "$tmp"
}

install_jsonschema_cli() {
  local bin="$DIR/cargo/bin/jsonschema-cli"
  if [[ "$("$bin" --version 2>/dev/null)" != *"$JSONSCHEMA_CLI_VERSION"* ]]; then
    command -v cargo >/dev/null || { fail jsonschema-cli "cargo not found" >&2; return 1; }
    if ! cargo install --locked --root "$DIR/cargo" jsonschema-cli --version "=$JSONSCHEMA_CLI_VERSION"; then
      fail jsonschema-cli "cargo install failed (see $LOG)" >&2; return 1
    fi
  fi
  if "$bin" --version >/dev/null 2>&1; then
    FOUND[FCLINT_JSONSCHEMA_CLI]="$bin"
  else
    fail jsonschema-cli "'jsonschema-cli --version' did not run" >&2; return 1
  fi
}

# Each step runs in this shell (FOUND must survive, so no pipeline). Its
# 'install-tools:' lines are shown; everything else goes to the log.
MISSING=()
step() {
  local name="$1" fn="$2" var="$3" start=$SECONDS
  # A failure is recorded in FOUND/MISSING, never ignored: see the end of the script.
  "$fn" 2>"$DIR/.step.err" >>"$LOG" || true
  grep '^install-tools:' "$DIR/.step.err" || true
  grep -v '^install-tools:' "$DIR/.step.err" >>"$LOG" || true
  rm -f "$DIR/.step.err"
  if [[ -n "${FOUND[$var]:-}" ]]; then
    say "$name ok ($((SECONDS - start)) s)"
  else
    say "$name not available ($((SECONDS - start)) s)"
    MISSING+=("$name")
  fi
}

step "s (@serverless-devs/s $S_VERSION)" install_s FCLINT_S_BIN
step "Sarif.Multitool $SARIF_MULTITOOL_VERSION" install_sarif FCLINT_SARIF_MULTITOOL
step "mermaid $MERMAID_VERSION (parser)" install_mermaid FCLINT_MERMAID_MODULES
step "ajv $AJV_VERSION + js-yaml $JS_YAML_VERSION" install_ajv FCLINT_AJV_MODULES
step "yaml-language-server $YAML_LS_VERSION" install_yaml_ls FCLINT_YAML_LS
step "@vscode/vsce $VSCE_VERSION" install_vsce FCLINT_VSCE
step "pytest-lsp (tests/lsp/requirements.txt)" install_pytest_lsp FCLINT_PYTEST_LSP
step "pre-commit $PRE_COMMIT_VERSION" install_pre_commit FCLINT_PRE_COMMIT
step "xmlschema $XMLSCHEMA_VERSION" install_xmlschema FCLINT_XMLSCHEMA_VALIDATE
if [[ "${FCLINT_BENCH:-}" == 1 ]]; then
  step "jsonschema-cli $JSONSCHEMA_CLI_VERSION" install_jsonschema_cli FCLINT_JSONSCHEMA_CLI
fi

{
  echo "# Written by scripts/install-tools.sh; only tools that installed and ran."
  for var in FCLINT_S_BIN FCLINT_SARIF_MULTITOOL FCLINT_MERMAID_MODULES FCLINT_AJV_MODULES \
    FCLINT_YAML_LS FCLINT_VSCE FCLINT_VSCODE_DEPS FCLINT_PYTEST_LSP FCLINT_PRE_COMMIT FCLINT_XMLSCHEMA_VALIDATE FCLINT_JSONSCHEMA_CLI; do
    if [[ -n "${FOUND[$var]:-}" ]]; then
      printf 'export %s=%q\n' "$var" "${FOUND[$var]}"
    fi
  done
  if [[ -n "${FOUND[FCLINT_SARIF_MULTITOOL]:-}" ]]; then
    echo "export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"
  fi
} >"$DIR/env.sh"
say "wrote $DIR/env.sh"

if ((${#MISSING[@]})); then
  if [[ "${FCLINT_REQUIRE_TOOLS:-}" == 1 ]]; then
    say "FCLINT_REQUIRE_TOOLS=1 and not installed: ${MISSING[*]}; the install log follows"
    tail -n 200 "$LOG" >&2
    exit 1
  fi
  say "not installed: ${MISSING[*]}; the tests that need them will say SKIPPED"
fi
