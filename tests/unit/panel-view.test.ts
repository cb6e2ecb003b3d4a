import { describe, expect, it } from 'vitest';
import { initialView } from '../../entrypoints/panel/initial-view';
import { isTogglePanelMessage, TOGGLE_PANEL_MESSAGE } from '../../lib/messaging/protocol';
import { platformOs } from '../../lib/plan/env';

describe('initialView', () => {
  it.each([
    ['opens by default on a wide window', 'open', null, 1400, 'open'],
    ['starts collapsed when the setting says so', 'collapsed', null, 1400, 'collapsed'],
    ['starts collapsed on a narrow window', 'open', null, 900, 'collapsed'],
    [
      'starts collapsed on a narrow window even where it was open',
      'open',
      'open',
      999,
      'collapsed',
    ],
    ['remembers it was collapsed on this site', 'open', 'collapsed', 1400, 'collapsed'],
    ['after a close on this site, comes back as a tab only', 'open', 'closed', 1400, 'collapsed'],
    ['remembers it was open on this site', 'collapsed', 'open', 1400, 'open'],
  ] as const)('%s', (_, setting, site, width, expected) => {
    expect(initialView(setting, site, width)).toBe(expected);
  });
});

describe('platformOs', () => {
  const nav = (platform: string, userAgentData?: { platform: string }) =>
    ({
      platform,
      userAgent: '',
      ...(userAgentData ? { userAgentData } : {}),
    }) as unknown as Navigator;
  it.each([
    ['MacIntel', undefined, 'mac'],
    ['Win32', undefined, 'win'],
    ['Linux x86_64', undefined, 'linux'],
    ['', { platform: 'macOS' }, 'mac'],
    ['', { platform: 'Windows' }, 'win'],
    ['', { platform: 'Chrome OS' }, 'cros'],
    ['iPad', undefined, 'other'],
  ])('reads %s %j as %s', (platform, hints, expected) => {
    expect(platformOs(nav(platform, hints))).toBe(expected);
  });
});

describe('toggle message', () => {
  it.each([
    [TOGGLE_PANEL_MESSAGE, true],
    [{ type: 'getStatus' }, false],
    [null, false],
    ['backup-doctor:toggle-panel', false],
  ])('recognises %j: %s', (message, expected) => {
    expect(isTogglePanelMessage(message)).toBe(expected);
  });
});
