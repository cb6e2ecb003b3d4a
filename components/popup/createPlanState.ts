import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { browser } from 'wxt/browser';
import type { Diagnosis } from '../../lib/diagnose/types';
import { envFromPlatform, planFixes, problemKey } from '../../lib/plan';
import type { Computer, FixPlan } from '../../lib/plan/types';
import { freshServices } from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';
import { getSettings, updateSettings, watchSettings } from '../../lib/storage/browser-items';
import {
  getProblemProgress,
  saveProblemProgress,
  watchProblemProgress,
} from '../../lib/storage/browser-items';
import { markFixed, NO_PROGRESS, toggleDone } from '../../lib/storage/progress';
import { DEFAULT_SETTINGS, type ProblemProgress, type Settings } from '../../lib/storage/schema';

export interface PlanState {
  plan: Accessor<FixPlan>;
  settings: Accessor<Settings>;
  progress: Accessor<ProblemProgress>;
  detected: Accessor<Computer>;
  toggle: (id: string, done: boolean) => void;
  setFixed: (fixed: boolean) => void;
  save: (patch: Partial<Settings>) => void;
}

/**
 * The same plan the panel would show for this diagnosis: planFixes with Apple's status (only
 * when it is fresh, so an old incident is never put first), the user's computer and iOS, and the
 * progress kept under the problem's key, shared with the panel.
 */
export function createPlanState(
  diagnosis: Diagnosis,
  snapshot: Accessor<StatusSnapshot>,
  now: Accessor<number>,
): PlanState {
  const key = problemKey(diagnosis);
  const [settings, setSettings] = createSignal<Settings>(DEFAULT_SETTINGS);
  const [os, setOs] = createSignal('unknown');
  const [progress, setProgress] = createSignal<ProblemProgress>(NO_PROGRESS);

  onCleanup(watchSettings(setSettings));
  onCleanup(watchProblemProgress(key, setProgress));
  getSettings().then(setSettings, () => undefined);
  getProblemProgress(key).then(setProgress, () => undefined);
  browser.runtime.getPlatformInfo().then(
    (info) => setOs(info.os),
    () => undefined,
  );

  const env = createMemo(() => envFromPlatform(os(), settings()));
  // Every snapshot or settings write makes a new plan object; keeping the old one when nothing
  // changed keeps the step list (its open details, its focus) from being rebuilt under the user.
  const plan = createMemo(
    () => planFixes(diagnosis, freshServices(snapshot(), now()), env()),
    undefined,
    { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  const write = (next: ProblemProgress) => {
    setProgress(next);
    saveProblemProgress(key, next).catch(() => undefined);
  };

  return {
    plan,
    settings,
    progress,
    detected: () => envFromPlatform(os(), { computer: 'auto', ios: 'auto' }).computer,
    toggle: (id, done) => write(toggleDone(progress(), id, done, Date.now())),
    setFixed: (fixed) => write(markFixed(progress(), fixed, Date.now())),
    save: (patch) => {
      updateSettings(patch).then(setSettings, () => undefined);
    },
  };
}
