import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  gzipBytes: number;
}

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

/** gzip size of each bundle the extension loads: content scripts, background, popup. */
export async function measureBundles(root: string): Promise<BundleSize[]> {
  const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const bundles: { name: string; files: string[] }[] = [];
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []), ...(script.css ?? [])];
    bundles.push({ name: `content: ${path.basename(files[0] ?? '?', '.js')}`, files });
  }
  if (manifest.background?.service_worker) {
    bundles.push({ name: 'background', files: [manifest.background.service_worker] });
  }
  // The page itself counts: the popup's styles are written into it.
  bundles.push({ name: 'popup', files: ['popup.html', ...(await pageAssets(root, 'popup.html'))] });
  return Promise.all(
    bundles.map(async (b) => ({ ...b, gzipBytes: await gzipSize(b.files, root) })),
  );
}
