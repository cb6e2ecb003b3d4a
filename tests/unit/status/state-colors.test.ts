import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStateColorsCss, STATE_COLORS } from '../../../lib/status/state-colors';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('the state colours', () => {
  it('are what the CSS theme uses (run `npm run generate` after editing lib/status/state-colors.ts)', () => {
    expect(read('components/styles/state-colors.generated.css')).toBe(renderStateColorsCss());
  });

  it('reach every stylesheet through theme.css, which writes no state colour of its own', () => {
    const theme = read('components/styles/theme.css');
    expect(theme).toContain("@import './state-colors.generated.css';");
    expect(theme).not.toMatch(/--bd-(ok|maintenance|issue|outage|unknown|accent):/);
  });

  it('give each state its own colour in each scheme', () => {
    for (const scheme of Object.values(STATE_COLORS)) {
      expect(new Set(Object.values(scheme)).size).toBe(Object.keys(scheme).length);
    }
  });
});
