// `npm run generate`: writes lib/diagnose/compiled-signals.generated.ts,
// lib/diagnose/messages.generated.ts and lib/diagnose/gate-source.generated.ts from the signal
// tables.
// Run it after editing content/diagnosis; a unit test fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  GATE_MODULE_PATH,
  MESSAGES_MODULE_PATH,
  MODULE_PATH,
  renderBackupMessages,
  renderCompiledSignals,
  renderGateSource,
} from './matcher-module';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, MODULE_PATH), renderCompiledSignals());
console.log(`wrote ${MODULE_PATH}`);
await writeFile(path.join(root, MESSAGES_MODULE_PATH), renderBackupMessages());
console.log(`wrote ${MESSAGES_MODULE_PATH}`);
await writeFile(path.join(root, GATE_MODULE_PATH), renderGateSource());
console.log(`wrote ${GATE_MODULE_PATH}`);
