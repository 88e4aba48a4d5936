// Trunk post-build hook.
// 1. Trunk starts the app with an inline module script; this moves it into a file of its own (content-hashed,
//    with subresource integrity) so the page's Content-Security-Policy (index.html) can forbid inline scripts
//    altogether. Fails the build if any inline script is left.
// 2. Writes the page as 404.html too: static hosts answer unknown addresses with it, so they open the map.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('index.html has no inline module loader to move');
const code = `${found[1].trim()}\n`;
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(join(dir, name), code);
html = html.replace(inline, `<script type="module" src="/${name}" integrity="${integrity}"></script>`);
const left = html.match(/<script(?![^>]*\ssrc=)[^>]*>/);
if (left) throw new Error(`index.html still has an inline script: ${left[0]}`);
writeFileSync(page, html);
writeFileSync(join(dir, '404.html'), html);
