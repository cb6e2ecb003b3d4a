import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelView } from '../../entrypoints/panel/Panel';
import { planFixes } from '../../lib/plan';
import { NOW, panelProps, STORAGE_DIAGNOSIS, STORAGE_PLAN } from './panel-fixtures';

afterEach(cleanup);

const props = panelProps;

describe('Panel', () => {
  it('is a labelled landmark that names what we spotted', () => {
    render(() => <Panel {...props()} />);
    const region = screen.getByRole('complementary', {
      name: 'iCloud backup: not enough iCloud storage, and 1 more possible cause',
    });
    expect(region).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'iCloud backup: not enough iCloud storage, and 1 more possible cause',
    );
    expect(region.textContent).toContain('iCloud Backup: available');
    expect(screen.getAllByRole('checkbox')).toHaveLength(STORAGE_PLAN.steps.length);
  });

  it('leaves URL evidence out of the quotes', () => {
    render(() => <Panel {...props()} />);
    const quotes = [...document.querySelectorAll('.bd-evidence q')].map((q) => q.textContent);
    expect(quotes).toEqual([
      'not enough iCloud storage',
      'iPhone Backup Failed',
      'Wi-Fi connection drops',
    ]);
  });

  it('puts Apple’s incident before the steps', () => {
    const event = {
      messageId: 'x',
      state: 'outage' as const,
      phase: 'ongoing' as const,
      statusType: 'Outage',
      message: 'Backups are failing for some users.',
      usersAffected: '',
      start: NOW - 600_000,
      end: null,
    };
    const plan = planFixes(
      STORAGE_DIAGNOSIS,
      [{ name: 'iCloud Backup', state: 'outage', events: [event] }],
      {
        computer: 'mac',
      },
    );
    render(() => <Panel {...props({ plan })} />);
    const incident = document.querySelector('.bd-incident');
    const steps = document.querySelector('.bd-steps');
    expect(incident?.textContent).toContain('Backups are failing for some users.');
    expect(
      incident &&
        steps &&
        incident.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(steps?.querySelector('li')?.getAttribute('data-step-id')).toBe('wait-for-apple');
  });

  it('ends the plan with a confirmation when it fixed it, and starts over', () => {
    const [fixed, setFixed] = createSignal(false);
    const onFixed = vi.fn((value: boolean) => setFixed(value));
    render(() => <Panel {...props({ onFixed })} fixed={fixed()} />);
    fireEvent.click(screen.getByRole('button', { name: 'This fixed it' }));
    expect(onFixed).toHaveBeenLastCalledWith(true);
    expect(screen.getByText('Glad it’s fixed')).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onFixed).toHaveBeenLastCalledWith(false);
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
  });

  it('collapses to a tab and moves focus with it, and back', () => {
    const [view, setView] = createSignal<PanelView>('open');
    render(() => (
      <Panel
        {...props({ onCollapse: () => setView('collapsed'), onExpand: () => setView('open') })}
        view={view()}
      />
    ));
    fireEvent.click(screen.getByRole('button', { name: 'Minimise Backup Doctor' }));
    const tab = screen.getByRole('button', { name: /Open Backup Doctor/ });
    expect(document.activeElement).toBe(tab);
    expect(screen.queryByRole('complementary')).toBeNull();
    fireEvent.click(tab);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('collapses on Escape', () => {
    const onCollapse = vi.fn();
    render(() => <Panel {...props({ onCollapse })} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'This fixed it' }), { key: 'Escape' });
    expect(onCollapse).toHaveBeenCalledOnce();
  });

  it('collapses on Escape even where key events are kept from reaching the document', () => {
    // On Apple's pages the shadow root stops key events (isolateEvents), as this wrapper does.
    const onCollapse = vi.fn();
    const { container } = render(() => <Panel {...props({ onCollapse })} />);
    container.addEventListener('keydown', (e) => e.stopPropagation());
    fireEvent.keyDown(screen.getByRole('button', { name: 'This fixed it' }), { key: 'Escape' });
    expect(onCollapse).toHaveBeenCalledOnce();
  });

  it('does not take focus when it first appears', () => {
    render(() => <Panel {...props()} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('closes through its close button', () => {
    const onClose = vi.fn();
    render(() => <Panel {...props({ onClose })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close Backup Doctor on this page' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says when the plan is the general one', () => {
    const diagnosis = { ...STORAGE_DIAGNOSIS, causes: [] };
    render(() => (
      <Panel {...props({ diagnosis, plan: planFixes(diagnosis, null, { computer: 'mac' }) })} />
    ));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'iCloud backup failing: the page doesn’t say why',
    );
    expect(document.body.textContent).toContain('these are the usual checks');
  });
});
