#!/usr/bin/env node
// Validate YAML files with the real yaml-language-server, over LSP, against one JSON Schema:
// what an editor with the Red Hat YAML extension (or Neovim/Helix with yaml-language-server)
// shows for those files.
//
//   FCLINT_YAML_LS=/path/to/yaml-language-server node scripts/yaml-ls-check.mjs \
//       --schema schemas/s.schema.json FILE...
//
// Prints one JSON line per file: {"file": F, "diagnostics": [{"line", "character",
// "severity", "code", "message"}]} (0-based positions, as LSP gives them). Each file is opened
// as a document whose schema is the one given (as `yaml.schemas` maps it), validated, and
// closed again. With `--hover LINE:COL` (1-based), each line also has "hover": the markdown
// the server shows for that position of the file (what a user sees on mouse-over).
// Exit 0 when every file was validated (whatever it reported), 2 when the server could not
// be driven.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
let schema = null;
let hoverAt = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--schema") schema = args[++i];
  else if (args[i] === "--hover") {
    const [l, c] = String(args[++i]).split(":").map(Number);
    hoverAt = { line: l - 1, character: c - 1 };
  } else files.push(args[i]);
}
const server = process.env.FCLINT_YAML_LS;
if (!server || !schema || files.length === 0) {
  console.error("usage: FCLINT_YAML_LS=SERVER yaml-ls-check.mjs --schema SCHEMA.json FILE...");
  process.exit(2);
}

const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
child.stderr.on("data", (d) => process.stderr.write(d));
child.on("exit", (code) => {
  if (!finished) {
    console.error(`yaml-ls-check: the server exited early (${code})`);
    process.exit(2);
  }
});
let finished = false;

let nextId = 1;
const pending = new Map();
const waiters = new Map(); // uri -> resolve(diagnostics)

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...msg }), "utf8");
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((res, rej) => pending.set(id, { res, rej }));
}
function notify(method, params) {
  send({ method, params });
}

let buf = Buffer.alloc(0);
child.stdout.on("data", (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const sep = buf.indexOf("\r\n\r\n");
    if (sep < 0) return;
    const header = buf.subarray(0, sep).toString("ascii");
    const m = /Content-Length: *(\d+)/i.exec(header);
    if (!m) {
      console.error("yaml-ls-check: bad header from the server");
      process.exit(2);
    }
    const len = Number(m[1]);
    if (buf.length < sep + 4 + len) return;
    const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString("utf8"));
    buf = buf.subarray(sep + 4 + len);
    handle(msg);
  }
});

const settings = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: {},
  },
};

function handle(msg) {
  if (msg.id !== undefined && msg.method === undefined) {
    const p = pending.get(msg.id);
    if (p) {
      pending.delete(msg.id);
      if (msg.error) p.rej(new Error(JSON.stringify(msg.error)));
      else p.res(msg.result);
    }
    return;
  }
  if (msg.id !== undefined && msg.method) {
    // A request from the server: answer configuration pulls with our settings, anything
    // else with null.
    let result = null;
    if (msg.method === "workspace/configuration") {
      result = (msg.params.items || []).map((it) => {
        const section = it.section || "";
        let v = settings;
        for (const part of section.split(".").filter(Boolean)) v = v == null ? null : v[part];
        return v === undefined ? null : v;
      });
    }
    send({ id: msg.id, result });
    return;
  }
  if (msg.method === "textDocument/publishDiagnostics") {
    const w = waiters.get(msg.params.uri);
    if (w) w(msg.params.diagnostics);
  }
}

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out: ${what}`)), ms)),
  ]);
}

async function main() {
  const schemaUri = pathToFileURL(resolve(schema)).href;
  settings.yaml.schemas[schemaUri] = ["*.yaml", "*.yml", "/**/*.yaml", "/**/*.yml"];
  await withTimeout(
    request("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { relatedInformation: false },
          hover: { contentFormat: ["markdown", "plaintext"] },
        },
      },
    }),
    60000,
    "initialize",
  );
  notify("initialized", {});
  notify("workspace/didChangeConfiguration", { settings });

  for (const f of files) {
    const uri = pathToFileURL(resolve(f)).href;
    const text = readFileSync(f, "utf8");
    // The server publishes once per validation; wait for the one after opening.
    const got = new Promise((res) => waiters.set(uri, res));
    notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    const diags = await withTimeout(got, 60000, `diagnostics for ${f}`);
    waiters.delete(uri);
    let hover;
    if (hoverAt) {
      const h = await withTimeout(
        request("textDocument/hover", { textDocument: { uri }, position: hoverAt }),
        60000,
        `hover in ${f}`,
      );
      const c = h && h.contents;
      hover = c == null ? null : typeof c === "string" ? c : c.value ?? JSON.stringify(c);
    }
    notify("textDocument/didClose", { textDocument: { uri } });
    const out = diags.map((d) => ({
      line: d.range.start.line,
      character: d.range.start.character,
      severity: d.severity,
      code: d.code ?? null,
      message: d.message,
    }));
    const line = { file: f, diagnostics: out };
    if (hoverAt) line.hover = hover;
    process.stdout.write(JSON.stringify(line) + "\n");
  }
  finished = true;
  await withTimeout(request("shutdown", null), 10000, "shutdown").catch(() => {});
  notify("exit", null);
  setTimeout(() => process.exit(0), 200);
}

main().catch((e) => {
  console.error(`yaml-ls-check: ${e.message}`);
  finished = true;
  child.kill();
  process.exit(2);
});
