import { createEffect, on, Show, type JSX } from 'solid-js';
import { PANEL_STRINGS as S } from '../../content/strings/panel';
import type { Diagnosis } from '../../lib/diagnose/types';
import { evidenceQuotes, headline } from '../../lib/plan/headline';
import type { Computer, FixPlan } from '../../lib/plan/types';
import type { StatusSnapshot } from '../../lib/status/types';
import type { ComputerChoice, IosChoice } from '../../lib/storage/schema';
import { StepList } from '../../components/steps/StepList';
import { StepProgress } from '../../components/steps/StepProgress';
import { CollapsedTab } from './CollapsedTab';
import { CopySummary } from './CopySummary';
import { EvidenceList, type HighlightState } from './EvidenceList';
import { FixedNotice } from '../../components/panel/FixedNotice';
import { IncidentNotice } from '../../components/panel/IncidentNotice';
import { PlatformSwitch } from '../../components/panel/PlatformSwitch';
import { StatusLine } from './StatusLine';

export type PanelView = 'open' | 'collapsed';

export interface PanelProps {
  view: PanelView;
  diagnosis: Diagnosis;
  plan: FixPlan;
  snapshot: StatusSnapshot;
  now: number;
  done: readonly string[];
  fixed: boolean;
  computer: ComputerChoice;
  ios: IosChoice;
  detected: Computer;
  highlight: HighlightState;
  summary: () => string;
  copy: (text: string) => Promise<boolean>;
  onToggleStep: (id: string, done: boolean) => void;
  onFixed: (fixed: boolean) => void;
  onComputer: (choice: ComputerChoice) => void;
  onIos: (choice: IosChoice) => void;
  onShowOnPage: () => void;
  onHideOnPage: () => void;
  onCollapse: () => void;
  onExpand: () => void;
  onClose: () => void;
}

/**
 * The fix panel: what we spotted and why, Apple's status, the steps, and the controls. Pure
 * view: everything it shows and does comes through props.
 */
export function Panel(props: PanelProps): JSX.Element {
  let heading: HTMLHeadingElement | undefined;
  let tab: HTMLButtonElement | undefined;

  // Move focus with the view the person switched to, never on first render.
  createEffect(
    on(
      () => props.view,
      (view) => (view === 'open' ? heading?.focus() : tab?.focus()),
      { defer: true },
    ),
  );

  return (
    <Show
      when={props.view === 'open'}
      fallback={<CollapsedTab ref={(el) => (tab = el)} onExpand={() => props.onExpand()} />}
    >
      <aside
        class="bd-panel"
        aria-labelledby="bd-heading"
        // A listener on the element itself, not Solid's delegated one on the document: the
        // shadow root stops key events from leaving it, so Apple's shortcuts never see our typing.
        on:keydown={(e) => {
          if (e.key === 'Escape') props.onCollapse();
        }}
      >
        <div class="bd-bar">
          <p class="bd-brand">
            <span class="bd-tab-mark" aria-hidden="true" />
            {S.brand}
          </p>
          <button
            type="button"
            class="bd-icon-button"
            aria-label={S.collapse}
            aria-expanded="true"
            onClick={() => props.onCollapse()}
          >
            <span class="bd-icon-min" aria-hidden="true" />
          </button>
          <button
            type="button"
            class="bd-icon-button"
            aria-label={S.close}
            onClick={() => props.onClose()}
          >
            <span class="bd-icon-close" aria-hidden="true" />
          </button>
        </div>
        <div class="bd-body">
          <h2 id="bd-heading" class="bd-heading" tabIndex={-1} ref={(el) => (heading = el)}>
            {headline(props.diagnosis)}
          </h2>
          <EvidenceList
            evidence={evidenceQuotes(props.diagnosis)}
            errorCodes={props.diagnosis.errorCodes}
            highlight={props.highlight}
            onShow={() => props.onShowOnPage()}
            onHide={() => props.onHideOnPage()}
          />
          <StatusLine snapshot={props.snapshot} now={props.now} />
          <Show when={props.plan.incident}>
            {(incident) => <IncidentNotice incident={incident()} now={props.now} />}
          </Show>
          <Show
            when={!props.fixed}
            fallback={<FixedNotice onStartOver={() => props.onFixed(false)} />}
          >
            <section class="bd-plan" aria-label={S.stepsLabel}>
              <StepProgress steps={props.plan.steps} done={props.done} />
              <Show when={props.plan.general}>
                <p class="bd-note">{S.generalNote}</p>
              </Show>
              <StepList
                steps={props.plan.steps}
                done={props.done}
                onToggle={(id, done) => props.onToggleStep(id, done)}
              />
              <button
                type="button"
                class="bd-button bd-fixed-it"
                onClick={() => props.onFixed(true)}
              >
                {S.fixedIt}
              </button>
            </section>
          </Show>
          <PlatformSwitch
            computer={props.computer}
            ios={props.ios}
            detected={props.detected}
            onComputer={(c) => props.onComputer(c)}
            onIos={(i) => props.onIos(i)}
          />
          <CopySummary text={() => props.summary()} copy={(t) => props.copy(t)} />
          <p class="bd-note bd-shortcut">{S.shortcutHint}</p>
        </div>
      </aside>
    </Show>
  );
}
