/**
 * Renders the app icons (PNG, for the web app manifest and iOS) from the SVG artwork with
 * headless Chromium: `npx tsx web/tools/make-icons.ts`. The PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const house = 'M14 32 32 16l18 16v16a2 2 0 0 1-2 2H38V38H26v12H16a2 2 0 0 1-2-2z';
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#2f6f5e"/><path d="${house}" fill="#fdf8ef"/></svg>`;
// Maskable: full-bleed background, the house inside the central safe zone (80%).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#2f6f5e"/><g transform="translate(9.6 9.6) scale(0.7)"><path d="${house}" fill="#fdf8ef"/></g></svg>`;

const outputs = [
  { file: 'icon-192.png', svg: rounded, size: 192 },
  { file: 'icon-512.png', svg: rounded, size: 512 },
  { file: 'icon-maskable-512.png', svg: maskable, size: 512 },
  { file: 'apple-touch-icon.png', svg: maskable, size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
const page = await browser.newPage();
for (const { file, svg, size } of outputs) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(`web/public/${file}`, png);
}
await browser.close();
