import { teardown } from './teardown';

/**
 * What the gate sets up on a page (listeners, an observer, timers), ended in one call. WXT's
 * ContentScriptContext does this for the panel, but starting it (with the browser polyfill it
 * needs) costs more than the gate's whole budget on a page that is not about backups.
 */
export interface Lifetime {
  /** Aborted on stop: pass it to addEventListener so listeners go with the lifetime. */
  readonly signal: AbortSignal;
  readonly stopped: boolean;
  /** Runs `step` on stop (each step even if another throws, see teardown). */
  onStop(step: () => void): void;
  stop(): void;
}

export function createLifetime(): Lifetime {
  const controller = new AbortController();
  const steps: (() => void)[] = [];
  return {
    signal: controller.signal,
    get stopped() {
      return controller.signal.aborted;
    },
    onStop(step) {
      steps.push(step);
    },
    stop() {
      if (controller.signal.aborted) return;
      controller.abort();
      teardown(...steps.splice(0));
    },
  };
}
