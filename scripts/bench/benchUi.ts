/**
 * `npm run bench:ui` — the renderer's budgets, measured in Chromium:
 *   1. initial JS of the built renderer, gzip (budget 250 KB)
 *   2. the COLD first load: navigation → interactive composer in a fresh browser context, the
 *      budget figure (≤ 500 ms); the warm reloads after it are shown beside it, not instead
 *   3. keystroke → painted preview: from the keydown to the first frame after the preview's DOM
 *      changed (React render included), p95 budget 16 ms (one frame); the recompute alone
 *      (`capi-preview` performance entries) is shown beside it
 * The final preview must hold the email's SHA-256 as node:crypto computes it, or the run fails.
 * Figures go to test/artifacts/bench/ui.json. The renderer is built fresh into a temporary
 * directory; the page talks to the real handler table.
 */
import react from '@vitejs/plugin-react'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { createServices } from '../../src/services/createServices'
import { EventBus } from '../../src/services/eventBus'
import { dispatch } from '../../src/services/ipc/dispatch'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import { channelNames, contract, eventNames } from '../../src/shared/contract'
import { createHash } from 'node:crypto'
import { launchChromium } from '../../test/e2e/harness/chromium'
import { serveDirectory } from '../../test/e2e/harness/serveDirectory'
import { writeBenchFigures } from './benchReport'

const runs = 7
const keystrokes = 120

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN
}

async function buildRenderer(outDir: string): Promise<void> {
  await build({
    root: resolve('src/renderer'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  })
}

/** The JS the page loads before it can run: the entry script and its modulepreloads. */
async function initialJs(outDir: string): Promise<{ raw: number; gzip: number; files: string[] }> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]!)
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = await readFile(join(outDir, file))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { raw, gzip, files }
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'capi-bench-ui-'))
  const dataDirectory = await mkdtemp(join(tmpdir(), 'capi-bench-ui-data-'))
  await buildRenderer(outDir)
  const size = await initialJs(outDir)
  const allJs = (await readdir(join(outDir, 'assets'))).filter((file) => file.endsWith('.js'))
  // Chunks loaded on demand (the raw request editor's CodeMirror): outside the initial-JS budget.
  const onDemand = await Promise.all(
    allJs
      .filter((file) => !size.files.some((initial) => initial.endsWith(file)))
      .map(async (file) => ({
        file,
        gzip: gzipSync(await readFile(join(outDir, 'assets', file))).length,
      })),
  )
  // What `npm run build` (electron-vite) last wrote, if present: that is what the app ships.
  const shipped = await initialJs(resolve('out/renderer')).catch(() => undefined)

  const handlers = createServices({
    dataDirectory,
    shell: 'test',
    env: { CAPI_WORKBENCH_HOME: dataDirectory },
    now: () => new Date(),
    eventBus: new EventBus(),
    secretStore: new MemorySecretStore(),
  }).handlers
  await handlers['connections.save'](
    contract['connections.save'].input.parse({
      name: 'Bench store',
      datasetId: '123456789012345',
      endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:9' },
      assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
      testEventCode: 'TEST12345',
    }),
  )
  const server = await serveDirectory(outDir)
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
  await context.exposeBinding('__workbenchInvoke', (_source, name: string, input: unknown) =>
    dispatch(handlers, name, input),
  )
  // A string, not a function: tsx would add its __name helper, which the page does not have.
  await context.addInitScript(`
    const names = ${JSON.stringify(channelNames)};
    const events = ${JSON.stringify(eventNames)};
    const api = { on: (event) => { if (!events.includes(event)) throw new Error(event); return () => {} } };
    for (const name of names) api[name] = (input) => window.__workbenchInvoke(name, input);
    window.api = Object.freeze(api);
    const marks = {};
    window.__marks = marks;
    new MutationObserver(() => {
      if (!marks.workbench && document.querySelector('[data-testid="workbench"]')) marks.workbench = performance.now();
      if (!marks.composer && document.querySelector('[data-testid="composer"] select')) marks.composer = performance.now();
      // Open a new event the moment the Welcome page offers it, so no test-driver latency is counted.
      const start = [...document.querySelectorAll('.welcome button')].find((b) => b.textContent.includes('New event'));
      if (!marks.clicked && start) { marks.clicked = performance.now(); start.click(); }
    }).observe(document, { childList: true, subtree: true });
    // Keystroke → painted preview: the keydown's time, then the first frame after the preview's
    // DOM changed (requestAnimationFrame runs before that frame's paint; the task queued from it
    // runs after the paint).
    const paints = [];
    window.__paints = paints;
    let pending;
    window.addEventListener('keydown', () => { pending = performance.now(); }, true);
    new MutationObserver(() => {
      if (pending === undefined) return;
      const started = pending;
      pending = undefined;
      requestAnimationFrame(() => setTimeout(() => paints.push(performance.now() - started), 0));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  `)
  const page = await context.newPage()
  const workbenchMs: number[] = []
  const composerMs: number[] = []
  let breakdown = { responseEnd: NaN, scriptLoaded: NaN, domContentLoaded: NaN }
  for (let run = 0; run < runs; run++) {
    await page.goto(server.url)
    await page.getByTestId('workbench').waitFor()
    await page.getByTestId('composer').locator('select').first().waitFor()
    const marks = await page.evaluate(
      () => (window as unknown as { __marks: Record<string, number> }).__marks,
    )
    if (run === runs - 1) {
      breakdown = await page.evaluate(() => {
        const navigation = performance.getEntriesByType(
          'navigation',
        )[0] as PerformanceNavigationTiming
        const script = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.endsWith('.js')) as PerformanceResourceTiming | undefined
        return {
          responseEnd: navigation.responseEnd,
          scriptLoaded: script?.responseEnd ?? NaN,
          domContentLoaded: navigation.domContentLoadedEventEnd,
        }
      })
    }
    workbenchMs.push(marks.workbench ?? NaN)
    composerMs.push(marks.composer ?? NaN)
  }

  const composer = page.getByTestId('composer')
  const select = composer.getByLabel('Connection')
  await select.selectOption(
    (await select.locator('option', { hasText: 'Bench store' }).getAttribute('value')) ?? '',
  )
  await composer
    .getByLabel('Click ID (ctwa_clid)')
    .fill('ARAkDocsExampleClickId_0123456789-abcdefghijklmnopqrstuvwxyz')
  await page.evaluate(() => performance.clearMeasures('capi-preview'))
  await composer.getByLabel('Email', { exact: true }).click()
  await page.evaluate(() => {
    ;(window as unknown as { __paints: number[] }).__paints.length = 0
  })
  // A realistic address typed three times (the field emptied between), one key at a time with a
  // short pause, as a person types: each keystroke is measured on its own.
  const email = 'john.smith+order10042@example-shop.com'
  const field = composer.getByLabel('Email', { exact: true })
  for (let round = 0; round < Math.ceil(keystrokes / email.length); round++) {
    await field.fill('')
    await page.waitForTimeout(50)
    await page.keyboard.type(email, { delay: 25 })
  }
  await page.waitForTimeout(200)
  const recompute = await page.evaluate(() =>
    performance.getEntriesByName('capi-preview').map((entry) => entry.duration),
  )
  const paints = await page.evaluate(() => [
    ...(window as unknown as { __paints: number[] }).__paints,
  ])
  const expectedHash = createHash('sha256').update(email).digest('hex')
  const previewText = await page.getByRole('region', { name: 'Payload preview' }).innerText()
  const previewHasHash = previewText.includes(expectedHash.slice(0, 12))
  await browser.close()
  await server.close()
  await rm(outDir, { recursive: true, force: true })
  await rm(dataDirectory, { recursive: true, force: true })

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(
    `bench:ui — renderer budgets (issue 7); load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on this machine`,
  )
  console.log(
    `initial JS: ${kb(size.gzip)} gzip (${kb(size.raw)} raw, ${size.files.length} file(s); ${allJs.length} JS file(s) built) — budget 250 KB gzip: ${size.gzip <= 250 * 1024 ? 'within' : 'OVER'}`,
  )
  for (const chunk of onDemand) {
    console.log(`  loaded on demand, not in the initial JS: ${chunk.file} ${kb(chunk.gzip)} gzip`)
  }
  if (shipped) {
    console.log(
      `initial JS as last built by npm run build (out/renderer): ${kb(shipped.gzip)} gzip (${kb(shipped.raw)} raw)`,
    )
  }
  console.log(
    `navigation → workbench rendered: median ${median(workbenchMs).toFixed(0)} ms over ${runs} loads`,
  )
  console.log(
    `  last load: HTML ${breakdown.responseEnd.toFixed(0)} ms, script downloaded ${breakdown.scriptLoaded.toFixed(0)} ms, DOMContentLoaded ${breakdown.domContentLoaded.toFixed(0)} ms`,
  )
  const cold = composerMs[0]!
  const warm = composerMs.slice(1)
  console.log(
    `COLD first load → interactive composer: ${cold.toFixed(0)} ms — budget 500 ms: ${cold <= 500 ? 'met' : 'NOT met'}`,
  )
  console.log(
    `  warm reloads after it: median ${median(warm).toFixed(0)} ms, worst ${Math.max(...warm).toFixed(0)} ms over ${warm.length}`,
  )
  const paintP95 = percentile(paints, 0.95)
  console.log(
    `keystroke → painted preview: median ${median(paints).toFixed(1)} ms, p95 ${paintP95.toFixed(1)} ms, max ${Math.max(...paints).toFixed(1)} ms over ${paints.length} keystrokes — budget p95 16 ms: ${paintP95 <= 16 ? 'met' : 'NOT met'}`,
  )
  console.log(
    `  of which the recompute (computeBuild): median ${median(recompute).toFixed(3)} ms, p95 ${percentile(recompute, 0.95).toFixed(3)} ms over ${recompute.length}`,
  )
  console.log(`final preview holds the email's SHA-256: ${previewHasHash}`)
  writeBenchFigures(
    'ui',
    {
      initialJsGzipBytes: size.gzip,
      initialJsRawBytes: size.raw,
      coldFirstLoadToComposerMs: cold,
      coldBudgetMs: 500,
      warmReloadToComposerMedianMs: median(warm),
      keystrokeToPaintMs: {
        median: median(paints),
        p95: paintP95,
        max: Math.max(...paints),
        count: paints.length,
      },
      keystrokeToPaintBudgetP95Ms: 16,
      recomputeMs: { median: median(recompute), p95: percentile(recompute, 0.95) },
    },
    {
      identical: previewHasHash && paints.length > 0,
      detail: previewHasHash
        ? `preview shows sha256(${email.length}-character email) = ${expectedHash.slice(0, 12)}…`
        : `the preview does not show ${expectedHash.slice(0, 12)}… for the typed email`,
    },
  )
}

await main()
