// A screenshot for review, and where the main parts sit (NOSCRIPT=1: with JavaScript off): node scripts/screenshot.mjs <port of e2e/serve.mjs> <out (no .png)> [path] [width] [height] [selector to click]...
import { chromium } from 'playwright-core';
const [port, out, path = '/', w = '390', h = '844', ...clicks] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const phone = Number(w) < 600;
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, hasTouch: phone, isMobile: phone, locale: 'zh-CN', javaScriptEnabled: !process.env.NOSCRIPT });
await p.goto(`http://127.0.0.1:${port}${path}`);
await p.locator('.marker').locator('visible=true').first().waitFor();
for (const c of clicks) { await p.locator(c).locator('visible=true').first().click(); await p.waitForTimeout(300); }
await p.waitForTimeout(Number(process.env.SHOT_WAIT ?? 400));
await p.screenshot({ path: `${out}.png` });
console.log(JSON.stringify(await p.evaluate(() => Object.fromEntries(['.header', '.sidebar', '#map', '.place-card', '.search', '.filters'].map(s => { const r = document.querySelector(s)?.getBoundingClientRect(); return [s, r && [Math.round(r.top), Math.round(r.height)]]; })))));
await b.close();
