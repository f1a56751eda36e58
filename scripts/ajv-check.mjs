// Validate s.yaml files against a JSON Schema with ajv, the validator the Serverless Devs
// CLI bundles, reading YAML with js-yaml, the loader it bundles. An outside opinion on
// schemas/s.schema.json, independent of fclint's own schema check.
//
// Usage: node scripts/ajv-check.mjs SCHEMA FILE...
// Prints one line per file, in order:
//   valid FILE
//   invalid FILE: INSTANCE_PATH MESSAGE; ...
//   unreadable FILE: REASON            (not YAML js-yaml can load as one document)
// Exit 0 when every file is valid, 1 otherwise, 2 on a usage error. Needs the packages
// `ajv` and `js-yaml`, found through FCLINT_AJV_MODULES (the node_modules folder
// scripts/install-tools.sh fills).
//
// ajv-cli is not used: it stops the whole run at the first data file it cannot parse,
// and the fixtures include such files on purpose.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const modules = process.env.FCLINT_AJV_MODULES;
if (!modules) {
  console.error('ajv-check: FCLINT_AJV_MODULES is not set');
  process.exit(2);
}
const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node scripts/ajv-check.mjs SCHEMA FILE...');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'noop.js'));
const Ajv = require('ajv');
const yaml = require('js-yaml');

// strict: false is the JSON Schema rule that unknown keywords (`x-fclint-source`) and
// formats (schemars' `int64`, `double`) are ignored; allErrors reports every violation.
const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

let bad = 0;
const oneLine = (s) => String(s).replace(/\s+/g, ' ').slice(0, 300);
for (const f of files) {
  let doc;
  try {
    doc = yaml.load(fs.readFileSync(f, 'utf8'));
  } catch (e) {
    bad++;
    console.log(`unreadable ${f}: ${oneLine((e && e.reason) || e)}`);
    continue;
  }
  if (validate(doc)) {
    console.log(`valid ${f}`);
  } else {
    bad++;
    const errors = validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    console.log(`invalid ${f}: ${oneLine(errors.join('; '))}`);
  }
}
process.exit(bad ? 1 : 0);
