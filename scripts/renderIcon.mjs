#!/usr/bin/env node
// Renders resources/icon.svg to the PNG sizes the app and packagers use, with Debian's Chromium.
// Run after changing the SVG: node scripts/renderIcon.mjs
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync('resources/icon.svg', 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage()
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
  )
  const name = size === 512 ? 'resources/icon.png' : `resources/icons/${size}x${size}.png`
  await page.screenshot({ path: name, omitBackground: true })
  console.log(`wrote ${name}`)
}
await browser.close()
