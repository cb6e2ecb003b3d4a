import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../entrypoints/popup/Popup';
import { CAUSE_NAMES } from '../../content/strings/cause-names';
import { format } from '../../content/strings/format';
import { POPUP_STRINGS as S } from '../../content/strings/popup';
import { TROUBLESHOOTER_CHOICES } from '../../content/troubleshooter';
import { problemKey } from '../../lib/plan';
import { snapshotItem } from '../../lib/status/browser-snapshot-store';
import { progressItem, updateSettings } from '../../lib/storage/browser-items';
import { diagnoseChoice } from '../../lib/troubleshoot/diagnose-choice';
import { NOW, SNAPSHOTS } from './popup-snapshots';
import { CHOICE_LABELS } from '../../content/strings/choices';

const choice = (id: string) => {
  const found = TROUBLESHOOTER_CHOICES.find((c) => c.id === id);
  if (!found) throw new Error(`no choice ${id}`);
  return found;
};

async function openTroubleshooter(snapshot = SNAPSHOTS.available) {
  await snapshotItem.setValue(snapshot);
  render(() => <Popup />);
  fireEvent.click(await screen.findByRole('button', { name: S.troubleshoot }));
  return screen.findByRole('heading', { name: S.picker.title });
}

const stepTitles = () =>
  [...document.querySelectorAll('.bd-step-text')].map((el) => el.textContent ?? '');

describe('the popup’s troubleshooter', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() =>
      snapshotItem.getValue()) as never);
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockImplementation(() =>
      Promise.resolve({ os: 'mac', arch: 'arm', nacl_arch: 'arm' } as never),
    );
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks “What do you see?” with the messages grouped by device and computer, focused', async () => {
    const heading = await openTroubleshooter();
    expect(document.activeElement).toBe(heading);
    for (const group of Object.values(S.picker.groups)) {
      expect(screen.getByRole('group', { name: group })).toBeTruthy();
    }
    for (const c of TROUBLESHOOTER_CHOICES) {
      expect(screen.getByRole('button', { name: CHOICE_LABELS[c.id] })).toBeTruthy();
    }
  });

  it('turns a picked message into the plan for its cause, in the second click', async () => {
    await openTroubleshooter();
    fireEvent.click(
      screen.getByRole('button', { name: CHOICE_LABELS[choice('not-enough-icloud-storage').id] }),
    );
    const heading = await screen.findByRole('heading', {
      name: new RegExp(CAUSE_NAMES['icloud-storage-full']),
    });
    expect(document.activeElement).toBe(heading);
    expect(stepTitles().length).toBeGreaterThan(1);
    expect(screen.getByText(/of \d+ done/)).toBeTruthy();
  });

  it('keeps ticked steps under the problem’s key, the same progress the panel uses', async () => {
    await openTroubleshooter();
    const picked = choice('computer-iphone-disconnected');
    fireEvent.click(screen.getByRole('button', { name: CHOICE_LABELS[picked.id] }));
    await screen.findAllByRole('checkbox');
    const first = screen.getAllByRole('checkbox')[0];
    if (!first) throw new Error('no step');
    fireEvent.click(first);
    const key = problemKey(diagnoseChoice(picked).diagnosis);
    await waitFor(async () => expect((await progressItem.getValue())[key]?.done).toHaveLength(1));
  });

  it('puts Apple’s ongoing incident first for an iCloud message', async () => {
    await openTroubleshooter(SNAPSHOTS.outage);
    fireEvent.click(
      screen.getByRole('button', { name: CHOICE_LABELS[choice('iphone-backup-failed').id] }),
    );
    expect(await screen.findByText('Users may be unable to back up to iCloud.')).toBeTruthy();
  });

  it('never puts an incident first from a status more than an hour old', async () => {
    await openTroubleshooter({
      ...SNAPSHOTS.outage,
      fetchedAt: NOW - 2 * 3_600_000,
      checkedAt: NOW - 2 * 3_600_000,
    });
    fireEvent.click(
      screen.getByRole('button', { name: CHOICE_LABELS[choice('iphone-backup-failed').id] }),
    );
    await screen.findByRole('heading', { level: 2 });
    expect(document.querySelector('.bd-incident')).toBeNull();
  });

  it('follows the computer chosen in the settings', async () => {
    await updateSettings({ computer: 'windows' });
    await openTroubleshooter();
    fireEvent.click(
      screen.getByRole('button', { name: CHOICE_LABELS[choice('computer-not-enough-space').id] }),
    );
    await screen.findByRole('heading', { level: 2 });
    await waitFor(() =>
      expect(document.querySelector('.bd-plan')?.textContent).not.toMatch(/Finder/),
    );
    await updateSettings({ computer: 'mac' });
    await waitFor(() => expect(document.querySelector('.bd-plan')?.textContent).toMatch(/Finder/));
  });

  it('takes a typed error code to its plan', async () => {
    await openTroubleshooter();
    fireEvent.input(screen.getByLabelText(S.picker.codeLabel), {
      target: { value: '0xe8000084' },
    });
    fireEvent.click(screen.getByRole('button', { name: S.picker.codeSubmit }));
    expect(
      await screen.findByRole('heading', {
        name: new RegExp(format(CAUSE_NAMES.connection, { device: 'iPhone' })),
      }),
    ).toBeTruthy();
    expect(screen.getByText('You see: error 0xE8000084')).toBeTruthy();
  });

  it('says a restore code is not a backup error, and still offers the usual checks', async () => {
    await openTroubleshooter();
    fireEvent.input(screen.getByLabelText(S.picker.codeLabel), { target: { value: '4013' } });
    fireEvent.click(screen.getByRole('button', { name: S.picker.codeSubmit }));
    expect((await screen.findByTestId('not-backup')).textContent).toContain('4013');
    expect(stepTitles().length).toBeGreaterThan(0);
  });

  it('refuses text that is not a code, in plain words', async () => {
    await openTroubleshooter();
    fireEvent.input(screen.getByLabelText(S.picker.codeLabel), { target: { value: 'help' } });
    fireEvent.click(screen.getByRole('button', { name: S.picker.codeSubmit }));
    expect((await screen.findByRole('alert')).textContent).toBe(S.picker.codeInvalid);
    expect(screen.getByLabelText(S.picker.codeLabel).getAttribute('aria-invalid')).toBe('true');
  });

  it('names the usual checks, not a page, when no cause is known', async () => {
    await openTroubleshooter();
    fireEvent.click(screen.getByRole('button', { name: CHOICE_LABELS[choice('not-sure').id] }));
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('iPhone backup: the usual checks');
    expect(screen.getByText(S.plan.generalNote)).toBeTruthy();
  });

  it('goes back to the choices, then to the status', async () => {
    await openTroubleshooter();
    fireEvent.click(screen.getByRole('button', { name: CHOICE_LABELS[choice('not-sure').id] }));
    fireEvent.click(await screen.findByRole('button', { name: S.plan.backToPicker }));
    fireEvent.click(await screen.findByRole('button', { name: S.backToStatus }));
    expect(await screen.findByTestId('backup-state')).toBeTruthy();
    // Focus is back on the button that opened the troubleshooter, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: S.troubleshoot }));
  });
});
