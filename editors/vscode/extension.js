// The fclint extension: starts `fclint lsp` for s.yaml files. Everything it shows (diagnostics,
// hover, completion, inlay hints, definitions, symbols, quick fixes) comes from the server; the
// JSON Schema (s.schema.json, `fclint schema`) is associated through `yamlValidation` for the
// Red Hat YAML extension.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** The documents fclint checks: s.yaml, s.yml and s.<anything>.yaml / .yml. */
const SELECTOR = [
  { scheme: 'file', language: 'yaml', pattern: '**/s.{yaml,yml}' },
  { scheme: 'file', language: 'yaml', pattern: '**/s.*.{yaml,yml}' },
];

let client;

async function activate(context) {
  const config = vscode.workspace.getConfiguration('fclint');
  const command = config.get('path') || 'fclint';
  const run = { command, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient(
    'fclint',
    'fclint',
    { run, debug: run },
    {
      documentSelector: SELECTOR,
      // vscode-languageclient sends VS Code's display language as `locale`: fclint answers in
      // Chinese when it is zh-*.
      outputChannelName: 'fclint',
    },
  );
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `fclint: cannot start \`${command} lsp\` (${err && err.message ? err.message : err}). ` +
        'Install fclint or set "fclint.path".',
    );
  }
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
