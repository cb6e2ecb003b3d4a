// `npm run generate`: writes lib/diagnose/compiled-signals.generated.ts,
// lib/diagnose/cjk-signals.generated.ts, lib/diagnose/messages.generated.ts and
// lib/diagnose/gate-source.generated.ts from the signal tables.
// Run it after editing content/diagnosis; a unit test fails while a file is out of date.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CJK_MODULE_PATH,
  GATE_MODULE_PATH,
  MESSAGES_MODULE_PATH,
  MODULE_PATH,
  renderBackupMessages,
  renderCjkSignals,
  renderCompiledSignals,
  renderGateSource,
} from './matcher-module';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, MODULE_PATH), renderCompiledSignals());
console.log(`wrote ${MODULE_PATH}`);
await writeFile(path.join(root, CJK_MODULE_PATH), renderCjkSignals());
console.log(`wrote ${CJK_MODULE_PATH}`);
await writeFile(path.join(root, MESSAGES_MODULE_PATH), renderBackupMessages());
console.log(`wrote ${MESSAGES_MODULE_PATH}`);
await writeFile(path.join(root, GATE_MODULE_PATH), renderGateSource());
console.log(`wrote ${GATE_MODULE_PATH}`);
