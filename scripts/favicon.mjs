// The tab icon as a 32 × 32 PNG, drawn from assets/icons/favicon.svg by Chromium: node scripts/favicon.mjs
// (run again after changing the SVG, and commit both). A PNG because Chromium fetches and decodes the tab icon
// again after every history entry the map pushes (a filter, a place opened) in a private window, and an SVG
// icon is a whole SVG document each time: 2-5 ms of the main thread per entry, a PNG's decode next to nothing.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const SIZE = 32;
const svg = readFileSync(`${root}assets/icons/favicon.svg`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${SIZE}" height="${SIZE}" style="display:block">`);
await page.locator('img').evaluate((img) => img.decode());
await page.screenshot({ path: `${root}assets/icons/favicon.png`, omitBackground: true });
await browser.close();
