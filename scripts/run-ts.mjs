// Runs a TypeScript script through Vite's module runner, so it resolves the same extensionless
// imports as the app and the tests do. Usage: node scripts/run-ts.mjs scripts/eval-diagnosis.ts
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <file.ts>');
  process.exit(2);
}
// The script reads its own arguments from process.argv.slice(2), as it would run under node.
process.argv.splice(1, 2, resolve(file));
await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
