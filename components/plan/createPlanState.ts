import { createComputed, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { DeviceKind } from '../../content/steps/types';
import { teardown } from '../../lib/content-script/lifetime';
import { createKeyedValue } from './createKeyedValue';
import type { Diagnosis } from '../../lib/diagnose/types';
import { envFromPlatform, planFixes, problemKey } from '../../lib/plan';
import type { Computer, Env, FixPlan } from '../../lib/plan/types';
import type { Strings } from '../../lib/i18n/strings';
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

export interface PlanInputs {
  /** What the plan is for (on a guide, narrowed by the reader's answer). */
  diagnosis: Accessor<Diagnosis>;
  snapshot: Accessor<StatusSnapshot>;
  now: Accessor<number>;
  /** The computer's OS in `runtime.getPlatformInfo().os` terms. */
  os: Accessor<string>;
  /** The device the page is about, which wins over the reader's setting (null: not said). */
  device?: Accessor<DeviceKind | null>;
  /** The surface's language: the steps are worded in it. */
  strings: Accessor<Strings>;
}

export interface PlanState {
  /**
   * The plan, as a store reconciled by step id: a step keeps its object (and so its rendered
   * item, with its open details and focus) while it stays in the plan; only changed words move.
   */
  plan: FixPlan;
  /** The problem's key: its progress is kept under it. */
  key: Accessor<string>;
  settings: Accessor<Settings>;
  env: Accessor<Env>;
  progress: Accessor<ProblemProgress>;
  /** What the browser says the computer is, shown for "auto". */
  detected: Accessor<Computer>;
  toggle: (id: string, done: boolean) => void;
  setFixed: (fixed: boolean) => void;
  save: (patch: Partial<Settings>) => void;
}

/**
 * The one plan state the panel and the popup share: planFixes with Apple's status (only when it
 * is fresh, so an old incident is never put first), the user's computer and iOS, and the progress
 * kept under the problem's key. Status refreshes, settings that leave the steps as they were and
 * late page content change nothing the step list shows.
 */
export function createPlanState(inputs: PlanInputs): PlanState {
  const [settings, setSettings] = createSignal<Settings>(DEFAULT_SETTINGS);
  const key = createMemo(() => problemKey(inputs.diagnosis()));

  // A watch may outlive the extension under an old page: its removal must not throw (teardown).
  const unwatchSettings = watchSettings(setSettings);
  onCleanup(() => teardown(unwatchSettings));
  getSettings().then(setSettings, () => undefined);
  const [progress, setProgress] = createKeyedValue<ProblemProgress>(
    key,
    NO_PROGRESS,
    getProblemProgress,
    watchProblemProgress,
  );

  const env = createMemo<Env>(() => ({
    ...envFromPlatform(inputs.os(), settings()),
    device: inputs.device?.() ?? settings().device,
  }));
  // Filled at once by the computation below, which runs as it is created.
  const [plan, setPlan] = createStore<FixPlan>({ incident: null, steps: [], general: false });
  createComputed(() =>
    setPlan(
      reconcile(
        planFixes(
          inputs.diagnosis(),
          freshServices(inputs.snapshot(), inputs.now()),
          env(),
          inputs.strings(),
        ),
        { key: 'id' },
      ),
    ),
  );

  const write = (next: ProblemProgress) => {
    setProgress(next);
    saveProblemProgress(key(), next).catch(() => undefined);
  };

  return {
    plan,
    key,
    settings,
    env,
    progress,
    detected: () => envFromPlatform(inputs.os(), { computer: 'auto', ios: 'auto' }).computer,
    toggle: (id, done) => write(toggleDone(progress(), id, done, Date.now())),
    setFixed: (fixed) => write(markFixed(progress(), fixed, Date.now())),
    save: (patch) => {
      updateSettings(patch).then(setSettings, () => undefined);
    },
  };
}
