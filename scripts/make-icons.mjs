// Renders public/favicon.svg to the PNG icons the web app manifest needs (installability wants
// 192 and 512 px). Run once after changing the SVG: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findBrowser, CHROMIUM_ARGS } from './find-browser.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: (await findBrowser())?.path, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [size, name, padding] of [
  [192, 'icon-192.png', 0],
  [512, 'icon-512.png', 0],
  [512, 'icon-maskable-512.png', 64],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:#161b22"><div style="padding:${padding}px;width:${size}px;height:${size}px;box-sizing:border-box">${svg.replace('<svg ', `<svg width="${size - 2 * padding}" height="${size - 2 * padding}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/${name}` });
}
await browser.close();
console.log('icons written to public/');
