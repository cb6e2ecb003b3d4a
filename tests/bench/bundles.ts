import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CJK_TABLES_PATH } from '../../lib/diagnose/cjk';

export interface BundleSize {
  name: string;
  files: string[];
  gzipBytes: number;
  /** DESIGN.md's budget in KB (gzip), when it sets one. */
  budgetKb?: number;
}

/** DESIGN.md's bundle budgets: the gate, the status page's script, and the panel's code. */
const BUDGET_KB: Readonly<Record<string, number>> = {
  'support-gate': 5,
  systemstatus: 40,
  panel: 80,
};

async function gzipSize(files: string[], root: string): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(path.join(root, file))).length;
  return total;
}

/** The scripts and styles an HTML page of the build loads up front. */
async function pageAssets(root: string, html: string): Promise<string[]> {
  const source = await readFile(path.join(root, html), 'utf8');
  const refs = [...source.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return refs.filter(Boolean);
}

/** gzip size of each bundle the extension loads: content scripts, the panel, background, popup. */
export async function measureBundles(root: string): Promise<BundleSize[]> {
  const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
    web_accessible_resources?: ({ resources?: string[] } | string)[];
  };
  const bundles: { name: string; files: string[]; budgetKb?: number }[] = [];
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []), ...(script.css ?? [])];
    const base = path.basename(files[0] ?? '?', '.js');
    bundles.push({ name: `content: ${base}`, files, budgetKb: BUDGET_KB[base] });
  }
  // The panel's code, loaded by the gate on a backup page (MV3 lists objects, MV2 strings).
  const accessible = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (entry.resources ?? []),
  );
  if (accessible.includes('panel.js')) {
    bundles.push({ name: 'panel.js', files: ['panel.js'], budgetKb: BUDGET_KB.panel });
  }
  // The CJK part of the signal tables, which the panel loads only on a page with a CJK character.
  const cjkTables = CJK_TABLES_PATH.slice(1);
  if (accessible.includes(cjkTables)) bundles.push({ name: 'CJK tables', files: [cjkTables] });
  if (manifest.background?.service_worker) {
    bundles.push({ name: 'background', files: [manifest.background.service_worker] });
  }
  // The page itself counts: the popup's styles are written into it.
  bundles.push({ name: 'popup', files: ['popup.html', ...(await pageAssets(root, 'popup.html'))] });
  return Promise.all(
    bundles.map(async (b) => ({ ...b, gzipBytes: await gzipSize(b.files, root) })),
  );
}
