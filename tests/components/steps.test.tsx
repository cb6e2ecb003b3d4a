import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepItem } from '../../components/plan/StepItem';
import { StepList } from '../../components/plan/StepList';
import { StepProgress } from '../../components/plan/StepProgress';
import type { FixStep } from '../../lib/plan/types';
import { STORAGE_PLAN } from './panel-fixtures';

afterEach(cleanup);

const STEP: FixStep = {
  id: 'reset-network-settings',
  title: 'Reset network settings',
  instructions: ['Choose Reset, then Reset Network Settings.', 'Join Wi-Fi again.'],
  where: 'Settings > General > Transfer or Reset iPhone > Reset',
  check: 'The backup completes.',
  caution: 'This forgets Wi-Fi passwords.',
  link: { label: 'Apple article', url: 'https://support.apple.com/102563' },
  causes: ['network'],
};

describe('StepItem', () => {
  it('shows the title and keeps the details hidden until asked', () => {
    render(() => <StepItem step={STEP} index={2} done={false} onToggle={() => {}} />);
    const title = screen.getByRole('button', { name: /Reset network settings/ });
    expect(title.getAttribute('aria-expanded')).toBe('false');
    expect(title.textContent).toContain('3.');
    expect(title.textContent).toContain('Read first');
    expect(screen.getByText(/Join Wi-Fi again/).closest('[hidden]')).not.toBeNull();
  });

  it('expands to show where, the caution, the instructions, the check and Apple’s link', () => {
    render(() => <StepItem step={STEP} index={0} done={false} onToggle={() => {}} />);
    const title = screen.getByRole('button', { name: /Reset network settings/ });
    fireEvent.click(title);
    expect(title.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(title.getAttribute('aria-controls') ?? '');
    expect(details?.hidden).toBe(false);
    expect(details?.textContent).toContain('Settings > General > Transfer or Reset iPhone > Reset');
    expect(details?.textContent).toContain('This forgets Wi-Fi passwords.');
    expect(details?.textContent).toContain('The backup completes.');
    expect(details?.querySelectorAll('ol li')).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'Apple article' });
    expect(link.getAttribute('href')).toBe('https://support.apple.com/102563');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('reports ticking and unticking with the step id', () => {
    const onToggle = vi.fn();
    const [done, setDone] = createSignal(false);
    render(() => <StepItem step={STEP} index={0} done={done()} onToggle={onToggle} />);
    const box = screen.getByRole('checkbox', { name: 'Done: Reset network settings' });
    fireEvent.click(box);
    expect(onToggle).toHaveBeenLastCalledWith('reset-network-settings', true);
    setDone(true);
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(onToggle).toHaveBeenLastCalledWith('reset-network-settings', false);
  });
});

describe('StepList and StepProgress', () => {
  it('lists every step of the plan in order, with done ones ticked', () => {
    const done = [STORAGE_PLAN.steps[1]?.id ?? ''];
    render(() => <StepList steps={STORAGE_PLAN.steps} done={done} onToggle={() => {}} />);
    const list = screen.getByRole('list', { name: 'Fix steps' });
    const items = list.querySelectorAll(':scope > li');
    expect([...items].map((li) => li.getAttribute('data-step-id'))).toEqual(
      STORAGE_PLAN.steps.map((s) => s.id),
    );
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual(STORAGE_PLAN.steps.map((_, i) => i === 1));
  });

  it.each([
    [[], '0 of 3 done'],
    [['a', 'c'], '2 of 3 done'],
    [['a', 'zzz'], '1 of 3 done'],
  ])('counts only this plan’s steps: done %j', (done, text) => {
    render(() => <StepProgress steps={[{ id: 'a' }, { id: 'b' }, { id: 'c' }]} done={done} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: text })).toBeTruthy();
  });
});
