// `npm run generate`: writes lib/diagnose/compiled-signals.generated.ts from the signal tables.
// Run it after editing content/diagnosis; a unit test fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MODULE_PATH, renderCompiledSignals } from './matcher-module';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, MODULE_PATH), renderCompiledSignals());
console.log(`wrote ${MODULE_PATH}`);
