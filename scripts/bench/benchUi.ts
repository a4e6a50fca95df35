/**
 * `npm run bench:ui` — the renderer's budgets, measured in Chromium:
 *   1. initial JS of the built renderer, gzip (budget 250 KB)
 *   2. the COLD first load, the budget figure (≤ 500 ms): navigation → the first frame painted
 *      with the composer in it, in new Chromium processes with no DevTools attached and nothing
 *      cached (coldLaunch.ts); the same load driven by Playwright and the warm reloads are shown
 *      beside it, not instead
 *   3. keystroke → painted preview: from the keydown to the first frame after the preview's DOM
 *      changed (React render included), p95 budget 16 ms (one frame); the recompute alone
 *      (`capi-preview` performance entries) is shown beside it
 * The final preview must hold the email's SHA-256 as node:crypto computes it, or the run fails.
 * Figures go to test/artifacts/bench/ui.json. The renderer is built fresh into a temporary
 * directory; the page talks to the real handler table.
 */
import react from '@vitejs/plugin-react'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { rendererChunking } from '../../electron.vite.config'
import { createServices } from '../../src/services/createServices'
import { EventBus } from '../../src/services/eventBus'
import { dispatch } from '../../src/services/ipc/dispatch'
import { MemorySecretStore } from '../../src/services/secrets/memorySecretStore'
import { channelNames, contract, eventNames } from '../../src/shared/contract'
import { createHash } from 'node:crypto'
import type { Browser, BrowserContext } from 'playwright-core'
import { chromiumPath, launchChromium } from '../../test/e2e/harness/chromium'
import { serveDirectory } from '../../test/e2e/harness/serveDirectory'
import { writeBenchFigures } from './benchReport'
import { measureColdLaunches, type ColdLaunchSample } from './coldLaunch'

const runs = 7
const coldRuns = 7
const attachedColdRuns = 5
const keystrokes = 120

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN
}

/**
 * Keystroke → painted preview, per keystroke, in the page: from the keydown to the task that runs
 * after the next frame's paint (requestAnimationFrame runs before that frame's style, layout and
 * paint; a task queued from it runs after them). Two figures:
 * - `paints`: that whole span, as a person sees it. It includes the wait for the next frame: the
 *   display refreshes every 16.7 ms and a keystroke lands at a random point of a frame, so even a
 *   page that does nothing but echo the key measures a p95 near 16 ms (the floor page shows it).
 * - `works`: the keystroke's own cost, the span minus that wait: keydown → the last DOM change
 *   before the frame (the React commit), plus the frame's style, layout and paint. At most 16 ms
 *   means the preview fits in the first frame after the keystroke: the one-frame budget.
 */
const keystrokeProbe = `
  const paints = []; const works = [];
  window.__paints = paints; window.__works = works;
  let pending; let lastChange; let awaiting = false;
  window.addEventListener('keydown', () => { pending = performance.now(); }, true);
  new MutationObserver(() => {
    if (pending === undefined) return;
    lastChange = performance.now();
    if (awaiting) return;
    awaiting = true;
    const started = pending;
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      const changed = lastChange;
      pending = undefined;
      awaiting = false;
      setTimeout(() => {
        const painted = performance.now();
        paints.push(painted - started);
        works.push(changed - started + (painted - frameAt));
      }, 0);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
`

/** The floor page: one select, one input echoed into the page by a few lines of script, nothing else. */
async function writeFloorPage(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'capi-bench-ui-floor-'))
  await writeFile(
    join(directory, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"></head><body><div data-testid="composer"><select aria-label="Connection"><option>one</option></select></div>
<input id="field" aria-label="Email"><pre id="echo"></pre>
<script type="module" src="./floor.js"></script></body></html>`,
  )
  await writeFile(
    join(directory, 'floor.js'),
    `const echo = document.getElementById('echo')
document.getElementById('field').addEventListener('input', (event) => { echo.textContent = event.target.value })
window.__ready = performance.now()`,
  )
  return directory
}

async function buildRenderer(outDir: string): Promise<void> {
  const chunking = rendererChunking()
  await build({
    root: resolve('src/renderer'),
    plugins: [react(), chunking.plugin],
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: chunking.chunkSizeWarningLimit,
      rollupOptions: { output: chunking.output },
    },
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
  const floorDirectory = await writeFloorPage()
  const floor = await serveDirectory(floorDirectory)
  /** A fresh context with the page's transport (the real handler table) and the probes. */
  async function preparedContext(browser: Browser): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
    await context.exposeBinding('__workbenchInvoke', (_source, name: string, input: unknown) =>
      dispatch(handlers, name, input),
    )
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
      ${keystrokeProbe}
    `)
    return context
  }

  // COLD, the budget figure: new Chromium processes with no DevTools attached (see coldLaunch.ts),
  // navigation start → the first frame painted with the composer in it; nothing cached.
  // The floor on this machine: a page with one select and one input, launched the same way, taking
  // turns with the app.
  const [cold, floorCold] = (await measureColdLaunches({
    pages: [
      { directory: outDir, invoke: (name, input) => dispatch(handlers, name, input), channelNames },
      { directory: floorDirectory },
    ],
    samples: coldRuns,
    chromiumPath,
  })) as [ColdLaunchSample[], ColdLaunchSample[]]
  // The same cold load driven by Playwright (as the E2E tests run it): the DevTools protocol is
  // attached, which costs the page a second parse of its bundle. Shown beside, not the budget.
  const attachedMs: number[] = []
  for (let sample = 0; sample < attachedColdRuns; sample++) {
    const coldBrowser = await launchChromium()
    const coldPage = await (await preparedContext(coldBrowser)).newPage()
    await coldPage.goto(server.url)
    await coldPage.getByTestId('composer').locator('select').first().waitFor()
    const marks = await coldPage.evaluate(
      () => (window as unknown as { __marks: Record<string, number> }).__marks,
    )
    attachedMs.push(marks.composer ?? NaN)
    await coldBrowser.close()
  }

  const browser = await launchChromium()
  const context = await preparedContext(browser)
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
    const probe = window as unknown as { __paints: number[]; __works: number[] }
    probe.__paints.length = 0
    probe.__works.length = 0
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
  const { paints, works } = await page.evaluate(() => {
    const probe = window as unknown as { __paints: number[]; __works: number[] }
    return { paints: [...probe.__paints], works: [...probe.__works] }
  })
  const expectedHash = createHash('sha256').update(email).digest('hex')
  const previewText = await page.getByRole('region', { name: 'Payload preview' }).innerText()
  const previewHasHash = previewText.includes(expectedHash.slice(0, 12))
  await browser.close()
  // The same keystrokes on the floor page, in a fresh browser: what the measurement itself shows
  // for a page that does no work.
  const floorBrowser = await launchChromium()
  const floorContext = await floorBrowser.newContext({ viewport: { width: 1360, height: 860 } })
  await floorContext.addInitScript(keystrokeProbe)
  const floorPage = await floorContext.newPage()
  await floorPage.goto(floor.url)
  await floorPage.getByLabel('Email').click()
  for (let round = 0; round < Math.ceil(keystrokes / email.length); round++) {
    await floorPage.getByLabel('Email').fill('')
    await floorPage.waitForTimeout(50)
    await floorPage.keyboard.type(email, { delay: 25 })
  }
  await floorPage.waitForTimeout(200)
  const floorKeys = await floorPage.evaluate(() => {
    const probe = window as unknown as { __paints: number[]; __works: number[] }
    return { paints: [...probe.__paints], works: [...probe.__works] }
  })
  await floorBrowser.close()
  await server.close()
  await floor.close()
  await rm(outDir, { recursive: true, force: true })
  await rm(dataDirectory, { recursive: true, force: true })
  await rm(floorDirectory, { recursive: true, force: true })

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(
    `bench:ui — renderer budgets (issues 7 and 14); load average ${loadavg()
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
  const painted = cold.map((sample) => sample.paintedMs)
  const coldMedian = median(painted)
  const warm = composerMs.slice(1)
  const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ')
  console.log(
    `COLD first launch → composer painted (no DevTools attached, a new Chromium each, nothing cached): median ${coldMedian.toFixed(0)} ms over ${painted.length} (${list(painted)}) — budget 500 ms: ${coldMedian <= 500 ? 'met' : 'NOT met'}`,
  )
  console.log(
    `  of which: scripts run (DOMContentLoaded) median ${median(cold.map((sample) => sample.domContentLoadedMs)).toFixed(0)} ms, composer in the DOM median ${median(cold.map((sample) => sample.inDomMs)).toFixed(0)} ms`,
  )
  console.log(
    `  floor, a page with one select launched the same way: painted median ${median(floorCold.map((sample) => sample.paintedMs)).toFixed(0)} ms (${list(floorCold.map((sample) => sample.paintedMs))})`,
  )
  console.log(
    `  with DevTools attached (Playwright, as the E2E tests drive it), composer in the DOM: median ${median(attachedMs).toFixed(0)} ms over ${attachedMs.length} (${list(attachedMs)}); not the budget figure: see scripts/bench/coldLaunch.ts`,
  )
  console.log(
    `  warm reloads in one browser (DevTools attached): median ${median(warm).toFixed(0)} ms, worst ${Math.max(...warm).toFixed(0)} ms over ${warm.length}`,
  )
  const workP95 = percentile(works, 0.95)
  const paintP95 = percentile(paints, 0.95)
  console.log(
    `keystroke → preview in the first frame (the keystroke's work + the frame's paint): median ${median(works).toFixed(1)} ms, p95 ${workP95.toFixed(1)} ms, max ${Math.max(...works).toFixed(1)} ms over ${works.length} keystrokes — budget p95 16 ms: ${workP95 <= 16 ? 'met' : 'NOT met'}`,
  )
  console.log(
    `  floor page, same keystrokes: p95 ${percentile(floorKeys.works, 0.95).toFixed(1)} ms`,
  )
  console.log(
    `  as seen, with the wait for the next 60 Hz frame: median ${median(paints).toFixed(1)} ms, p95 ${paintP95.toFixed(1)} ms; floor page p95 ${percentile(floorKeys.paints, 0.95).toFixed(1)} ms`,
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
      coldFirstLoadToComposerMs: coldMedian,
      coldFirstLoadMeasure:
        'median over new Chromium processes with no DevTools attached: navigation start → the first frame painted with the composer in it',
      coldFirstLoadSamplesMs: painted,
      coldBudgetMs: 500,
      coldComposerInDomMedianMs: median(cold.map((sample) => sample.inDomMs)),
      coldDomContentLoadedMedianMs: median(cold.map((sample) => sample.domContentLoadedMs)),
      coldWithDevToolsAttachedComposerInDomMedianMs: median(attachedMs),
      coldWithDevToolsAttachedSamplesMs: attachedMs,
      floorPageColdLoadMedianMs: median(floorCold.map((sample) => sample.paintedMs)),
      warmReloadToComposerMedianMs: median(warm),
      keystrokeWorkAndPaintMs: {
        median: median(works),
        p95: workP95,
        max: Math.max(...works),
        count: works.length,
      },
      keystrokeWorkAndPaintBudgetP95Ms: 16,
      floorPageKeystrokeWorkAndPaintP95Ms: percentile(floorKeys.works, 0.95),
      keystrokeToPaintAsSeenMs: {
        median: median(paints),
        p95: paintP95,
        max: Math.max(...paints),
        count: paints.length,
      },
      floorPageKeystrokeToPaintAsSeenP95Ms: percentile(floorKeys.paints, 0.95),
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
