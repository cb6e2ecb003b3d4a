import { whenSettled } from './page-events';
import type { watchPage } from './watch-page';
import type { startWatching } from './watching';

/**
 * What support-gate.js runs at document_start on every Apple page: the wait for the load, and
 * nothing else. The rest of the file is two functions that modules/gate-build.ts makes of the
 * gate's other bundles, which V8 only pre-parses until they are first called:
 * `backupDoctorReading` returns watchPage (watch-page.ts, the first reading), compiled once the
 * page has loaded, so not while it loads; `backupDoctorGate` returns startWatching (index.ts and
 * all it imports), compiled only on a page that needs the watching.
 */
declare function backupDoctorReading(): typeof watchPage;
declare function backupDoctorGate(): typeof startWatching;

const start: typeof startWatching = (...args) => backupDoctorGate()(...args);

whenSettled(() => backupDoctorReading()(start), !import.meta.env.CHROME);
