// Parse Mermaid files with the real Mermaid parser (the one GitHub renders with), in Node with
// a jsdom window. Usage: node scripts/mermaid-check.mjs FILE...   Exit 0 when every file
// parses; 1 (and the parser's message) otherwise. Needs the packages `mermaid` and `jsdom`,
// found through FCLINT_MERMAID_MODULES (the node_modules folder scripts/install-tools.sh fills).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.FCLINT_MERMAID_MODULES;
if (!modules) {
  console.error('mermaid-check: FCLINT_MERMAID_MODULES is not set');
  process.exit(2);
}
const load = (rel) => import(pathToFileURL(path.join(modules, rel)).href);
const { JSDOM } = await load('jsdom/lib/api.js');
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await load('mermaid/dist/mermaid.core.mjs');
mermaid.initialize({ startOnLoad: false });

let bad = 0;
for (const f of process.argv.slice(2)) {
  try {
    const r = await mermaid.parse(fs.readFileSync(f, 'utf8'));
    console.log(`ok ${f} (${r && r.diagramType})`);
  } catch (e) {
    bad++;
    console.log(`FAIL ${f}: ${String((e && e.message) || e).slice(0, 500)}`);
  }
}
process.exit(bad ? 1 : 0);
