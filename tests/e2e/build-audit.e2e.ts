import bcd, { type Identifier } from '@mdn/browser-compat-data';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_FUNCTION } from '../../modules/gate-build';

// Audits what `npm run build` produced: the permissions we ask for and the code we ship.
const OUTPUT = path.resolve(import.meta.dirname, '../../.output');

const APPLE_HOSTS = [
  'https://www.apple.com/support/systemstatus/*',
  'https://www.apple.com/*/support/systemstatus/*',
  'https://support.apple.com/*',
  'https://discussions.apple.com/*',
];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: ({ matches: string[] } | string)[];
  content_security_policy?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required: string[] } };
  };
}

interface ToolbarButton {
  default_icon?: Record<string, string>;
  default_popup?: string;
}

async function manifest(target: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(OUTPUT, target, 'manifest.json'), 'utf8')) as Manifest;
}

async function scripts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (target) => {
  it('asks only for storage, alarms and Apple’s hosts (notifications optional)', async () => {
    const m = await manifest(target);
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    expect(asked).toEqual(['alarms', 'storage', ...APPLE_HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual(['notifications']);
    expect(m.content_security_policy).toBeUndefined();
  });

  it('runs content scripts on Apple’s pages only', async () => {
    const matches = (await manifest(target)).content_scripts?.flatMap((c) => c.matches) ?? [];
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches) expect(APPLE_HOSTS).toContain(pattern);
  });

  it('exposes resources to Apple’s pages only', async () => {
    // Chromium takes origins only here, so our content scripts' styles go to Apple's origins.
    const appleOrigins = APPLE_HOSTS.map(
      (host) => `${new URL(host.replace('/*/', '/x/')).origin}/*`,
    );
    for (const entry of (await manifest(target)).web_accessible_resources ?? []) {
      if (typeof entry === 'string') continue;
      for (const pattern of entry.matches) expect(appleOrigins).toContain(pattern);
    }
  });

  it('ships no eval or new Function', async () => {
    const offenders: string[] = [];
    for (const file of await scripts(path.join(OUTPUT, target))) {
      const code = await readFile(file, 'utf8');
      if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(code)) offenders.push(path.basename(file));
    }
    expect(offenders).toEqual([]);
  });

  it('keeps its every-page script’s watching in a function a page compiles only if it needs it', async () => {
    const gate = await readFile(path.join(OUTPUT, target, 'support-gate.js'), 'utf8');
    // index.ts's bundle is one function declaration, compiled only when the start code calls it.
    expect(gate.startsWith(`function ${GATE_FUNCTION}(){return (function(`)).toBe(true);
    const start = gate.slice(gate.lastIndexOf('\n}\n') + 3);
    expect(start).toContain(`${GATE_FUNCTION}()`);
    // Entered by its main alone, without WXT's start-up wrapper (modules/gate-build.ts).
    expect(gate).not.toContain('crashed on startup');
  });
});

// MV2 builds call it browser_action; WXT once kept only the popup there, without the icon.
it.each(['chrome-mv3', 'firefox-mv2', 'safari-mv2'])(
  'the %s build gives its toolbar button our icon and the popup',
  async (target) => {
    const m = (await manifest(target)) as Manifest & Record<string, ToolbarButton | undefined>;
    const button = m.action ?? m.browser_action;
    expect(button?.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
    expect(button?.default_popup).toBe('popup.html');
  },
);

describe('the Firefox build', () => {
  it('declares its id and that it collects no data', async () => {
    const gecko = (await manifest('firefox-mv2')).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

/** Safari's support for one manifest feature in MDN's compatibility data; false when it has none. */
function safariSupports(feature: Identifier | undefined): boolean {
  const support = feature?.__compat?.support.safari;
  const statements = Array.isArray(support) ? support : support ? [support] : [];
  return statements.some(
    (s) => typeof s.version_added === 'string' && s.version_removed === undefined,
  );
}

/** Manifest keys whose own keys are features in MDN's data (the others hold names of ours). */
const NESTED = new Set(['background', 'browser_action', 'options_ui', 'content_scripts']);

/** Every manifest feature the build uses that Safari does not support, as dotted paths. */
function unsupportedInSafari(m: Record<string, unknown>): string[] {
  const spec = bcd.webextensions.manifest ?? {};
  const missing: string[] = [];
  for (const [key, value] of Object.entries(m)) {
    const feature = spec[key];
    if (!safariSupports(feature)) missing.push(key);
    if (NESTED.has(key)) {
      const entries = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
      for (const sub of new Set(entries.flatMap((e) => Object.keys(e)))) {
        if (!safariSupports(feature?.[sub])) missing.push(`${key}.${sub}`);
      }
    }
    if (key === 'permissions' || key === 'optional_permissions') {
      for (const name of value as string[]) {
        if (name.includes('://')) continue; // host permissions
        if (!safariSupports(spec.permissions?.[name])) missing.push(`${key}.${name}`);
      }
    }
  }
  return missing;
}

describe('the Safari build (npm run build:safari)', () => {
  it('uses only manifest features Safari’s web extensions support', async () => {
    const m = (await manifest('safari-mv2')) as unknown as Record<string, unknown>;
    expect(unsupportedInSafari(m)).toEqual([]);
  });

  it('leaves out what Safari lacks: notifications, which the other builds offer', async () => {
    const chrome = (await manifest('chrome-mv3')) as unknown as Record<string, unknown>;
    expect(unsupportedInSafari(chrome)).toContain('optional_permissions.notifications');
    expect((await manifest('safari-mv2')).optional_permissions).toBeUndefined();
  });

  it('asks for what the other builds ask for, and runs its background as an event page', async () => {
    const m = await manifest('safari-mv2');
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'storage', ...APPLE_HOSTS].sort());
    expect((m as { background?: unknown }).background).toEqual({
      persistent: false,
      scripts: ['background.js'],
    });
  });
});
