// Runs a TypeScript script through Vite's module runner, so it resolves the same extensionless
// imports as the app and the tests do. Usage: node scripts/run-ts.mjs scripts/eval-diagnosis.ts
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <file.ts>');
  process.exit(2);
}
await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
