import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel, type PanelProps } from '../../entrypoints/panel/Panel';
import { createPlanState, type PlanState } from '../../components/plan/createPlanState';
import { PlanSection } from '../../components/plan/PlanSection';
import type { Diagnosis } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';
import { narrowedDiagnosis } from '../../lib/plan/answer';
import { updateSettings } from '../../lib/storage/browser-items';
import { NOW, OUTAGE, panelProps, snapshot, STORAGE_DIAGNOSIS } from './panel-fixtures';

afterEach(cleanup);

const GUIDE: Diagnosis = { ...STORAGE_DIAGNOSIS, pageKind: 'guide' };
const REPORT: Diagnosis = { ...STORAGE_DIAGNOSIS, pageKind: 'report' };

/** The panel on a guide (or `diagnosis`), its plan narrowed by `answer`. */
function props(overrides: Partial<PanelProps> = {}): PanelProps {
  const diagnosis = overrides.diagnosis ?? GUIDE;
  const plan = planFixes(narrowedDiagnosis(diagnosis, overrides.answer ?? null), null, {
    computer: 'mac',
  });
  return panelProps({ diagnosis, plan, ...overrides });
}

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const stepIds = () =>
  [...document.querySelectorAll('.bd-step')].map((li) => li.getAttribute('data-step-id'));

describe('Apple’s side first', () => {
  it.each([
    ['a guide', GUIDE, 'iCloud backup: this page covers 2 possible causes'],
    ['a report', REPORT, 'iCloud backup: not enough iCloud storage, and 1 more possible cause'],
  ])('leads with the outage on %s, Apple’s words under it', (_, diagnosis, pageLine) => {
    const plan = planFixes(diagnosis, OUTAGE, { computer: 'mac' });
    render(() => <Panel {...props({ diagnosis, plan })} />);
    expect(heading()).toBe('Apple’s side: iCloud Backup is down. Wait for Apple’s fix.');
    const next = screen.getByRole('heading', { level: 2 }).nextElementSibling;
    expect(next?.className).toBe('bd-incident');
    expect(next?.querySelector('blockquote')?.textContent).toBe(
      'Backups are failing for some users.',
    );
    expect(document.querySelector('.bd-after-fix')?.textContent).toBe(
      'If it still fails after Apple’s fix',
    );
    expect(document.querySelector('.bd-page-line')?.textContent).toBe(pageLine);
    expect(stepIds()[0]).toBe('wait-for-apple');
  });
});

describe('their own message, not the article’s list', () => {
  it('says what a guide covers and asks what the reader sees; a click answers', () => {
    const onAnswer = vi.fn();
    render(() => <Panel {...props({ onAnswer })} />);
    expect(heading()).toBe('iCloud backup: this page covers 2 possible causes');
    expect(screen.getByRole('region', { name: 'What the page mentions' })).toBeTruthy();
    const question = screen.getByRole('region', { name: 'What do you see?' });
    const none = screen.getByRole('button', { name: 'None of these' });
    expect(question.contains(none)).toBe(true);
    fireEvent.click(
      screen.getByRole('button', { name: /“Not Enough Storage”: not enough iCloud storage/ }),
    );
    expect(onAnswer).toHaveBeenLastCalledWith('not-enough-icloud-storage');
  });

  it('narrows the headline and the plan to the answer, which shows as pressed', () => {
    const [answer, setAnswer] = createSignal<string | null>(null);
    render(() => {
      const diagnosis = () => narrowedDiagnosis(GUIDE, answer());
      return (
        <Panel
          {...props({ onAnswer: setAnswer })}
          answer={answer()}
          plan={planFixes(diagnosis(), null, { computer: 'mac' })}
        />
      );
    });
    const before = stepIds();
    const choice = screen.getByRole('button', { name: /“Not Enough Storage”/ });
    fireEvent.click(choice);
    expect(heading()).toBe('iCloud backup: not enough iCloud storage');
    expect(choice.getAttribute('aria-pressed')).toBe('true');
    expect(stepIds()).not.toEqual(before);
    expect(stepIds()).not.toContain('network-wifi-check');
    // Pressed again, the answer is taken back: the page's plan returns.
    fireEvent.click(choice);
    expect(choice.getAttribute('aria-pressed')).toBe('false');
    expect(stepIds()).toEqual(before);
  });

  it('leads a report with the asker’s own words and asks nothing', () => {
    render(() => (
      <Panel
        {...props({
          diagnosis: REPORT,
          asker: { kind: 'question', text: 'iCloud says not enough storage' },
        })}
      />
    ));
    expect(heading()).toBe('iCloud backup: not enough iCloud storage, and 1 more possible cause');
    expect(document.querySelector('.bd-asker')?.textContent).toBe(
      'They wrote: iCloud says not enough storage',
    );
    expect(screen.queryByRole('region', { name: 'What do you see?' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Why we think so' })).toBeTruthy();
  });

  it('speaks of the iPad on an iPad page', () => {
    const plan = planFixes(REPORT, null, { computer: 'mac', device: 'ipad' });
    render(() => <Panel {...props({ diagnosis: REPORT, plan, device: 'ipad' })} />);
    const steps = document.querySelector('.bd-steps')?.textContent ?? '';
    expect(steps).toContain('iPad');
    expect(steps).not.toContain('iPhone');
  });
});

describe('a steady list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps an open, focused step through status refreshes, settings that leave the steps alone and late page content', async () => {
    const [snap, setSnap] = createSignal(snapshot());
    const [diagnosis, setDiagnosis] = createSignal<Diagnosis>(REPORT);
    let state: PlanState | undefined;
    render(() => {
      const s = createPlanState({
        diagnosis,
        snapshot: snap,
        now: () => NOW,
        os: () => 'mac',
        strings: () => EN_STRINGS,
      });
      state = s;
      return (
        <PlanSection
          plan={s.plan}
          now={NOW}
          done={s.progress().done}
          fixed={s.progress().fixed}
          computer={s.settings().computer}
          ios={s.settings().ios}
          detected={s.detected()}
          generalNote=""
          onToggleStep={(id, done) => s.toggle(id, done)}
          onFixed={(fixed) => s.setFixed(fixed)}
          onComputer={(computer) => s.save({ computer })}
          onIos={(ios) => s.save({ ios })}
        />
      );
    });
    const title = document.querySelector<HTMLButtonElement>('.bd-step:nth-child(2) .bd-step-title');
    if (!title) throw new Error('no second step');
    fireEvent.click(title);
    title.focus();
    const steady = () => {
      const now = document.querySelector('.bd-step:nth-child(2) .bd-step-title');
      expect(now).toBe(title);
      expect(title.getAttribute('aria-expanded')).toBe('true');
      expect(document.activeElement).toBe(title);
    };

    setSnap(snapshot({ checkedAt: NOW, fetchedAt: NOW }));
    setSnap(snapshot({ checkedAt: NOW, fetchedAt: NOW, refreshing: true }));
    steady();

    await updateSettings({ notifications: true, ios: '16+' });
    await waitFor(() => expect(state?.settings().notifications).toBe(true));
    steady();

    // Late content: the page says more, with the same causes.
    setDiagnosis({
      ...REPORT,
      confidence: 0.97,
      causes: REPORT.causes.map((c) => ({
        ...c,
        evidence: [...c.evidence, { quote: 'iCloud storage is full', kind: 'phrase' }],
      })),
    });
    steady();

    // A change that does alter the steps still reaches the list, in place where it can.
    setSnap(snapshot({ services: OUTAGE, checkedAt: NOW, fetchedAt: NOW }));
    expect(document.querySelector('.bd-step')?.getAttribute('data-step-id')).toBe('wait-for-apple');
    expect(title.isConnected).toBe(true);
    expect(title.getAttribute('aria-expanded')).toBe('true');
  });
});
