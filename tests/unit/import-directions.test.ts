import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

// The project's own eslint.config.js, on code that is not on disk: the type-aware parser
// options are switched off for these made-up files (the rule under test reads only the text).
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the import directions DESIGN.md draws, as the lint rule enforces them', () => {
  // Loading the config and its plugins takes a few seconds on a busy machine.
  beforeAll(() => restrictedImports('lib/warm-up.ts', ''), 60_000);

  it.each([
    ['content/ importing lib/', 'content/strings/probe.ts', '../../lib/diagnose/types'],
    ['content/ importing components/', 'content/probe.ts', '../components/plan/StepList'],
    ['content/ importing an entrypoint', 'content/steps/probe.ts', '../../entrypoints/panel/api'],
    ['lib/ importing components/', 'lib/status/probe.ts', '../../components/plan/StepList'],
    ['lib/ importing an entrypoint', 'lib/plan/probe.ts', '../../entrypoints/popup/Popup'],
    [
      'a browser adapter in lib/ importing components/',
      'lib/status/browser-probe.ts',
      '../../components/panel/FixedNotice',
    ],
    [
      'components/ importing an entrypoint',
      'components/plan/probe.tsx',
      '../../entrypoints/panel/Panel',
    ],
    ['lib/ importing Solid', 'lib/plan/probe.ts', 'solid-js'],
    ['content/ importing WXT', 'content/probe.ts', 'wxt/browser'],
  ])('rejects %s', async (_name, file, specifier) => {
    const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['lib/ importing content/', 'lib/status/probe.ts', '../../content/vocabulary'],
    ['content/ importing content/', 'content/strings/probe.ts', '../vocabulary'],
    ['components/ importing lib/', 'components/plan/probe.tsx', '../../lib/plan/types'],
    [
      'an entrypoint importing components/',
      'entrypoints/popup/probe.tsx',
      '../../components/plan/StepList',
    ],
    ['an entrypoint importing lib/', 'entrypoints/panel/probe.ts', '../../lib/diagnose'],
    ['a browser adapter in lib/ importing WXT', 'lib/status/browser-probe.ts', 'wxt/browser'],
  ])('allows %s', async (_name, file, specifier) => {
    const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
