// Renders assets/icon.svg to the PNG sizes the manifest lists, with the system Chromium.
// Run after editing the SVG: `node scripts/make-icons.mjs`. The PNGs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewport({ width: size, height: size });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    await writeFile(new URL(`../public/icon/${size}.png`, import.meta.url), png);
  }
} finally {
  await browser.close();
}
