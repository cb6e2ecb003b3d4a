import { createEffect, on, Show, type JSX } from 'solid-js';
import type { DeviceKind } from '../../content/steps/types';
import type { Diagnosis } from '../../lib/diagnose/types';
import { narrowedDiagnosis, questionChoices } from '../../lib/plan/answer';
import { evidenceQuotes, incidentHeadline, pageHeadline } from '../../lib/plan/headline';
import type { AskerWords } from '../../lib/plan/page-facts';
import type { StatusSnapshot } from '../../lib/status/types';
import { PlanSection, type PlanSectionProps } from '../../components/plan/PlanSection';
import { useStrings } from '../../components/strings';
import { CollapsedTab } from './CollapsedTab';
import { CopySummary } from './CopySummary';
import { EvidenceList, type HighlightState } from './EvidenceList';
import { StatusLine } from './StatusLine';
import { WhatDoYouSee } from './WhatDoYouSee';

export type PanelView = 'open' | 'collapsed';

/** The plan section's props (its plan narrowed by the answer on a guide), and the panel's own. */
export interface PanelProps extends Omit<PlanSectionProps, 'generalNote' | 'status' | 'children'> {
  view: PanelView;
  /** The page's diagnosis. */
  diagnosis: Diagnosis;
  /** The device the steps and the headline speak of. */
  device: DeviceKind;
  /** On a guide, what the reader answered "What do you see?" with (null: not yet). */
  answer: string | null;
  /** On a report, the asker's own words. */
  asker: AskerWords | null;
  snapshot: StatusSnapshot;
  highlight: HighlightState;
  summary: () => string;
  copy: (text: string) => Promise<boolean>;
  onAnswer: (answer: string | null) => void;
  onShowOnPage: () => void;
  onHideOnPage: () => void;
  onCollapse: () => void;
  onExpand: () => void;
  onClose: () => void;
}

/**
 * The fix panel: Apple's side first when Apple reports an incident; then what the page covers
 * and "What do you see?" on a guide, or the asker's own words on a report; why we think so,
 * Apple's status, the steps, and the controls. Pure view: everything comes through props.
 */
export function Panel(props: PanelProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  let heading: HTMLHeadingElement | undefined;
  let tab: HTMLButtonElement | undefined;
  const guide = () => props.diagnosis.pageKind === 'guide';
  const page = () =>
    pageHeadline(narrowedDiagnosis(props.diagnosis, props.answer), props.device, t());

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
        lang={t().locale}
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
            {S().brand}
          </p>
          <button
            type="button"
            class="bd-icon-button"
            aria-label={S().collapse}
            aria-expanded="true"
            onClick={() => props.onCollapse()}
          >
            <span class="bd-icon-min" aria-hidden="true" />
          </button>
          <button
            type="button"
            class="bd-icon-button"
            aria-label={S().close}
            onClick={() => props.onClose()}
          >
            <span class="bd-icon-close" aria-hidden="true" />
          </button>
        </div>
        <div class="bd-body">
          <h2 id="bd-heading" class="bd-heading" tabIndex={-1} ref={(el) => (heading = el)}>
            {props.plan.incident ? incidentHeadline(props.plan.incident, t()) : page()}
          </h2>
          <PlanSection
            plan={props.plan}
            now={props.now}
            done={props.done}
            fixed={props.fixed}
            computer={props.computer}
            ios={props.ios}
            detected={props.detected}
            generalNote={S().generalNote}
            onToggleStep={(id, done) => props.onToggleStep(id, done)}
            onFixed={(fixed) => props.onFixed(fixed)}
            onComputer={(c) => props.onComputer(c)}
            onIos={(i) => props.onIos(i)}
            status={<StatusLine snapshot={props.snapshot} now={props.now} />}
          >
            <Show when={props.plan.incident}>
              <p class="bd-page-line">{page()}</p>
            </Show>
            <Show when={props.asker}>
              {(asker) => (
                <p class="bd-asker">
                  <span class="bd-label">
                    {asker().kind === 'search' ? S().searchWords : S().askerWords}
                  </span>{' '}
                  <q>{asker().text}</q>
                </p>
              )}
            </Show>
            <Show when={guide()}>
              <WhatDoYouSee
                choices={questionChoices(props.diagnosis.channel)}
                answer={props.answer}
                onAnswer={(a) => props.onAnswer(a)}
              />
            </Show>
            <EvidenceList
              label={guide() ? S().pageMentions : S().whyLabel}
              evidence={evidenceQuotes(props.diagnosis)}
              errorCodes={props.diagnosis.errorCodes}
              highlight={props.highlight}
              onShow={() => props.onShowOnPage()}
              onHide={() => props.onHideOnPage()}
            />
          </PlanSection>
          <CopySummary text={() => props.summary()} copy={(t) => props.copy(t)} />
          <p class="bd-note bd-shortcut">{S().shortcutHint}</p>
        </div>
      </aside>
    </Show>
  );
}
