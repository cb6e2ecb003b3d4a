import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
    for (const entry of (await manifest(target)).web_accessible_resources ?? []) {
      if (typeof entry === 'string') continue;
      for (const pattern of entry.matches) expect(APPLE_HOSTS).toContain(pattern);
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
});

describe('the Firefox build', () => {
  it('declares its id and that it collects no data', async () => {
    const gecko = (await manifest('firefox-mv2')).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
