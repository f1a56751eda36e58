#!/usr/bin/env bash
# Install the external tools fclint's tests compare against, into a private
# tools folder (never globally):
#
#   s (Serverless Devs CLI)      npm   @serverless-devs/s           -> FCLINT_S_BIN
#   Sarif.Multitool              npm   @microsoft/sarif-multitool-linux -> FCLINT_SARIF_MULTITOOL
#   pre-commit                   PyPI  pre-commit (in a venv)       -> FCLINT_PRE_COMMIT
#   mermaid + jsdom              npm   mermaid@11, jsdom@24          -> FCLINT_MERMAID_MODULES
#                                (scripts/mermaid-check.mjs parses `explain --format mermaid` output)
#   jsonschema-cli               crates.io (only with FCLINT_BENCH=1) -> FCLINT_JSONSCHEMA_CLI
#   pytest-lsp                   PyPI  (a venv, tests/lsp/requirements.txt) -> FCLINT_PYTEST_LSP
#                                (tests/lsp_e2e.rs: `fclint lsp` end to end)
#   @vscode/vsce                 npm   @vscode/vsce@4.1.0, and editors/vscode's dependencies -> FCLINT_VSCE,
#                                FCLINT_VSCODE_DEPS (tests/vscode_extension.rs builds the .vsix)
#
# Usage: scripts/install-tools.sh            (folder: ${FCLINT_TOOLS_DIR:-$PWD/.tools})
#        FCLINT_BENCH=1 scripts/install-tools.sh   (also builds jsonschema-cli, slow)
#
# Idempotent: a tool already installed and working is not reinstalled.
# A failing install never aborts the others; it prints
#   install-tools: could not install X: reason
# and the tool is left out of $DIR/env.sh, which exports a variable only for
# tools that were installed and ran. Tests skip what is not exported.
set -euo pipefail

DIR="${FCLINT_TOOLS_DIR:-$PWD/.tools}"
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
LOG="$DIR/install.log"
: >"$LOG"

declare -A FOUND=()

say() { printf 'install-tools: %s\n' "$*"; }
fail() { say "could not install $1: $2"; }

npm_install() {
  # npm install is idempotent, but it still costs seconds; skip when present.
  local pkg="$1" marker="$2"
  if [[ -e "$DIR/npm/node_modules/$marker" ]]; then
    return 0
  fi
  command -v npm >/dev/null || { echo "npm not found" >&2; return 1; }
  npm install --prefix "$DIR/npm" --no-audit --no-fund --loglevel=error "$pkg"
}

install_s() {
  if ! npm_install @serverless-devs/s @serverless-devs/s/package.json; then
    fail "@serverless-devs/s" "npm install failed (see $LOG)" >&2; return 1
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
  if ! npm_install @microsoft/sarif-multitool-linux @microsoft/sarif-multitool-linux/package.json; then
    fail "@microsoft/sarif-multitool-linux" "npm install failed (see $LOG)" >&2; return 1
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

install_pre_commit() {
  local bin="$DIR/venv/bin/pre-commit"
  if [[ ! -x "$bin" ]]; then
    command -v python3 >/dev/null || { fail pre-commit "python3 not found" >&2; return 1; }
    if ! python3 -m venv "$DIR/venv"; then
      fail pre-commit "python3 -m venv failed" >&2; return 1
    fi
    if ! "$DIR/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit; then
      fail pre-commit "pip install failed (see $LOG)" >&2; return 1
    fi
  fi
  if "$bin" --version >/dev/null 2>&1; then
    FOUND[FCLINT_PRE_COMMIT]="$bin"
  else
    fail pre-commit "'pre-commit --version' did not run" >&2; return 1
  fi
}

install_mermaid() {
  if [[ ! -e "$DIR/npm/node_modules/mermaid/package.json" || ! -e "$DIR/npm/node_modules/jsdom/package.json" ]]; then
    command -v npm >/dev/null || { fail mermaid "npm not found" >&2; return 1; }
    if ! npm install --prefix "$DIR/npm" --no-audit --no-fund --loglevel=error mermaid@11 jsdom@24; then
      fail mermaid "npm install failed (see $LOG)" >&2; return 1
    fi
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

install_jsonschema_cli() {
  local bin="$DIR/cargo/bin/jsonschema-cli"
  if [[ ! -x "$bin" ]]; then
    command -v cargo >/dev/null || { fail jsonschema-cli "cargo not found" >&2; return 1; }
    if ! cargo install --locked --root "$DIR/cargo" jsonschema-cli; then
      fail jsonschema-cli "cargo install failed (see $LOG)" >&2; return 1
    fi
  fi
  if "$bin" --version >/dev/null 2>&1; then
    FOUND[FCLINT_JSONSCHEMA_CLI]="$bin"
  else
    fail jsonschema-cli "'jsonschema-cli --version' did not run" >&2; return 1
  fi
}

# yaml-language-server (npm, pinned): tests/editor_schema.rs drives it over LSP with
# scripts/yaml-ls-check.mjs to prove the exported schema works in editors. Self-contained:
# installs, probes, and appends its export to env.sh itself.
YAML_LS_VERSION=1.25.0
install_yaml_ls() {
  local marker="$DIR/npm/node_modules/yaml-language-server/package.json"
  if [[ ! -e "$marker" ]] || ! grep -q "\"version\": \"$YAML_LS_VERSION\"" "$marker"; then
    command -v npm >/dev/null || { fail yaml-language-server "npm not found" >&2; return 1; }
    if ! npm install --prefix "$DIR/npm" --no-audit --no-fund --loglevel=error "yaml-language-server@$YAML_LS_VERSION"; then
      fail yaml-language-server "npm install failed (see $LOG)" >&2; return 1
    fi
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

# Each step runs in this shell (FOUND must survive, so no pipeline). Its
# 'install-tools:' lines are shown; everything else goes to the log.
step() {
  local name="$1" fn="$2" var="$3" start=$SECONDS
  "$fn" 2>"$DIR/.step.err" >>"$LOG" || true
  grep '^install-tools:' "$DIR/.step.err" || true
  grep -v '^install-tools:' "$DIR/.step.err" >>"$LOG" || true
  rm -f "$DIR/.step.err"
  if [[ -n "${FOUND[$var]:-}" ]]; then
    say "$name ok ($((SECONDS - start)) s)"
  else
    say "$name not available ($((SECONDS - start)) s)"
  fi
}

step "s (@serverless-devs/s)" install_s FCLINT_S_BIN
step "Sarif.Multitool" install_sarif FCLINT_SARIF_MULTITOOL
step "pre-commit" install_pre_commit FCLINT_PRE_COMMIT
step "mermaid (parser)" install_mermaid FCLINT_MERMAID_MODULES
if [[ "${FCLINT_BENCH:-}" == 1 ]]; then
  step "jsonschema-cli" install_jsonschema_cli FCLINT_JSONSCHEMA_CLI
fi

{
  echo "# Written by scripts/install-tools.sh; only tools that installed and ran."
  for var in FCLINT_S_BIN FCLINT_SARIF_MULTITOOL FCLINT_PRE_COMMIT FCLINT_MERMAID_MODULES FCLINT_JSONSCHEMA_CLI; do
    if [[ -n "${FOUND[$var]:-}" ]]; then
      printf 'export %s=%q\n' "$var" "${FOUND[$var]}"
    fi
  done
  if [[ -n "${FOUND[FCLINT_SARIF_MULTITOOL]:-}" ]]; then
    echo "export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"
  fi
} >"$DIR/env.sh"
say "wrote $DIR/env.sh"

step "yaml-language-server" install_yaml_ls FCLINT_YAML_LS
if [[ -n "${FOUND[FCLINT_YAML_LS]:-}" ]]; then
  printf 'export FCLINT_YAML_LS=%q\n' "${FOUND[FCLINT_YAML_LS]}" >>"$DIR/env.sh"
fi

# pytest-lsp (PyPI, pinned in tests/lsp/requirements.txt) in a venv of its own: tests/lsp_e2e.rs
# runs the end-to-end tests of `fclint lsp` (tests/lsp/*.py) with it. Self-contained: installs,
# probes, and appends its export (that venv's python) to env.sh itself.
install_pytest_lsp() {
  local venv="$DIR/lsp-venv" req="$SCRIPTS/../tests/lsp/requirements.txt"
  local stamp="$venv/.requirements"
  if [[ ! -x "$venv/bin/python" ]] || ! cmp -s "$req" "$stamp"; then
    command -v python3 >/dev/null || { fail pytest-lsp "python3 not found" >&2; return 1; }
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

step "pytest-lsp" install_pytest_lsp FCLINT_PYTEST_LSP
if [[ -n "${FOUND[FCLINT_PYTEST_LSP]:-}" ]]; then
  printf 'export FCLINT_PYTEST_LSP=%q\n' "${FOUND[FCLINT_PYTEST_LSP]}" >>"$DIR/env.sh"
fi

# @vscode/vsce (npm, pinned) and the VS Code extension's own dependencies (editors/vscode,
# `npm ci` from its package-lock.json): tests/vscode_extension.rs builds the .vsix with them.
# Self-contained: installs, probes, and appends its exports to env.sh itself.
VSCE_VERSION=4.1.0
install_vsce() {
  local marker="$DIR/npm/node_modules/@vscode/vsce/package.json"
  if [[ ! -e "$marker" ]] || ! grep -q "\"version\": \"$VSCE_VERSION\"" "$marker"; then
    command -v npm >/dev/null || { fail @vscode/vsce "npm not found" >&2; return 1; }
    if ! npm install --prefix "$DIR/npm" --no-audit --no-fund --loglevel=error "@vscode/vsce@$VSCE_VERSION"; then
      fail @vscode/vsce "npm install failed (see $LOG)" >&2; return 1
    fi
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
  else
    fail @vscode/vsce "'vsce --version' did not run" >&2; return 1
  fi
}

step "@vscode/vsce" install_vsce FCLINT_VSCE
if [[ -n "${FOUND[FCLINT_VSCE]:-}" ]]; then
  printf 'export FCLINT_VSCE=%q\n' "${FOUND[FCLINT_VSCE]}" >>"$DIR/env.sh"
  printf 'export FCLINT_VSCODE_DEPS=%q\n' "$DIR/vscode-extension/node_modules" >>"$DIR/env.sh"
fi
