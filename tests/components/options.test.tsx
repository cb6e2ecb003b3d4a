import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../entrypoints/options/OptionsPage';
import { OPTIONS_STRINGS as S } from '../../content/strings/options';
import { getSettings, progressItem, updateSettings } from '../../lib/storage/browser-items';

function stubPermission(answer: boolean | Error, held = false) {
  const request = vi
    .spyOn(fakeBrowser.permissions, 'request')
    .mockImplementation(() =>
      answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
    );
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(() => Promise.resolve(held));
  const remove = vi
    .spyOn(fakeBrowser.permissions, 'remove')
    .mockImplementation(() => Promise.resolve(true));
  return { request, remove };
}

/** The optional permissions the build's manifest lists (fakeBrowser has no manifest). */
function offer(optional: string[]) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(
    () => ({ optional_permissions: optional }) as never,
  );
}

async function renderOptions() {
  render(() => <OptionsPage />);
  await screen.findByRole('group', { name: S.panel.legend });
}

describe('the options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubPermission(false);
    offer(['notifications']);
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockImplementation(() =>
      Promise.resolve({ os: 'win', arch: 'x86-64', nacl_arch: 'x86-64' } as never),
    );
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the stored settings in labelled controls', async () => {
    await updateSettings({ panel: 'collapsed', computer: 'windows', ios: '11-14' });
    await renderOptions();
    expect(screen.getByLabelText<HTMLInputElement>(S.panel.modes.collapsed).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(S.device.computer.windows).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/Work it out/).checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>(S.device.ios['11-14']).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(S.notifications.label).checked).toBe(false);
  });

  it('says what “work it out” finds on this computer', async () => {
    await renderOptions();
    const auto = screen.getByLabelText<HTMLInputElement>(/Work it out from this browser/);
    await waitFor(() => expect(auto.labels?.[0]?.textContent).toContain('Windows PC'));
  });

  it.each([
    ['panel behaviour', S.panel.modes.off, { panel: 'off' }],
    ['computer', S.device.computer.mac, { computer: 'mac' }],
    ['iOS version', S.device.ios['10.3'], { ios: '10.3' }],
  ])('saves the %s when a choice is picked', async (_, label, expected) => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText(label));
    await waitFor(async () => expect(await getSettings()).toMatchObject(expected));
    expect(await screen.findByText(S.saved)).toBeTruthy();
  });

  it('turns the panel off on one site and back on', async () => {
    await renderOptions();
    const community = screen.getByLabelText<HTMLInputElement>(/discussions\.apple\.com/);
    expect(community.checked).toBe(true);
    fireEvent.click(community);
    await waitFor(async () =>
      expect((await getSettings()).disabledSites).toEqual(['discussions.apple.com']),
    );
    fireEvent.click(community);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('follows a change made elsewhere (another tab, the panel)', async () => {
    await renderOptions();
    await updateSettings({ ios: '15' });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>(S.device.ios['15']).checked).toBe(true),
    );
  });

  it('leaves notifications out in a build that cannot show them (Safari)', async () => {
    offer([]);
    await renderOptions();
    expect(screen.queryByLabelText(S.notifications.label)).toBeNull();
    expect(screen.queryByText(S.notifications.why)).toBeNull();
  });

  it('asks for the notifications permission in the click and turns them on when granted', async () => {
    const { request } = stubPermission(true);
    await renderOptions();
    expect(screen.getByText(S.notifications.why)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(S.notifications.label));
    // Called during the click itself, before any await, so the browser sees a user gesture.
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(async () => expect((await getSettings()).notifications).toBe(true));
    expect(await screen.findByText(S.notifications.on)).toBeTruthy();
  });

  it('keeps notifications off with a plain message when the permission is denied', async () => {
    stubPermission(false);
    await renderOptions();
    const box = screen.getByLabelText<HTMLInputElement>(S.notifications.label);
    fireEvent.click(box);
    expect(await screen.findByText(S.notifications.denied)).toBeTruthy();
    expect(box.checked).toBe(false);
    expect((await getSettings()).notifications).toBe(false);
  });

  it('keeps notifications off and says why when the browser cannot ask', async () => {
    stubPermission(new Error('not allowed here'));
    await renderOptions();
    fireEvent.click(screen.getByLabelText(S.notifications.label));
    expect(await screen.findByText(/not allowed here/)).toBeTruthy();
    expect((await getSettings()).notifications).toBe(false);
  });

  it('turns notifications off and gives the permission back', async () => {
    const { remove } = stubPermission(true, true);
    await updateSettings({ notifications: true });
    await renderOptions();
    fireEvent.click(screen.getByLabelText(S.notifications.label));
    await waitFor(async () => expect((await getSettings()).notifications).toBe(false));
    expect(remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('shows notifications off when the permission was taken back in the browser', async () => {
    stubPermission(false, false);
    await updateSettings({ notifications: true });
    await renderOptions();
    await waitFor(async () => expect((await getSettings()).notifications).toBe(false));
  });

  it('clears saved progress only after confirmation, and says how much', async () => {
    await progressItem.setValue({ a: { done: ['s'], fixed: false, updatedAt: 1 } });
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: S.progress.clear }));
    expect(screen.getByText(S.progress.confirm)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: S.progress.confirmNo }));
    expect(Object.keys(await progressItem.getValue())).toEqual(['a']);

    fireEvent.click(screen.getByRole('button', { name: S.progress.clear }));
    fireEvent.click(screen.getByRole('button', { name: S.progress.confirmYes }));
    expect(await screen.findByText('Cleared saved progress for 1 problem.')).toBeTruthy();
    expect(await progressItem.getValue()).toEqual({});
    expect(document.activeElement?.textContent).toBe(S.progress.clear);
  });

  it('says so when there was no progress to clear', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: S.progress.clear }));
    fireEvent.click(screen.getByRole('button', { name: S.progress.confirmYes }));
    expect(await screen.findByText(S.progress.nothing)).toBeTruthy();
  });
});
