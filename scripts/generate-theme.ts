// Part of `npm run generate`: writes the theme's colour tokens from lib/status/state-colors.ts.
// A unit test fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderStateColorsCss } from '../lib/status/state-colors';

export const STATE_COLORS_CSS_PATH = 'components/styles/state-colors.generated.css';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, STATE_COLORS_CSS_PATH), renderStateColorsCss());
console.log(`wrote ${STATE_COLORS_CSS_PATH}`);
