/**
 * Cold launches of a built page in Chromium with NO DevTools protocol attached, as the desktop app
 * runs (its window has no DevTools open). Each sample is a new Chromium process with a new
 * profile; it first shows a launcher page on `localhost` and then navigates to the page on
 * `127.0.0.1`, another site, so the page gets a renderer process of its own, started by that
 * navigation (no spare renderer waiting), with nothing cached (no HTTP cache, no V8 code cache).
 *
 * Why not through Playwright: with the DevTools protocol attached, V8 records a detailed stack trace
 * for every Error object made. react-dom makes five at load (its internal sentinels), and each one
 * needs the source positions of every function on the stack — a second parse of the whole bundle
 * (Chrome's trace of a cold load: `V8.CollectSourcePositions`, 294 ms inside the module's
 * evaluation). That cost exists only while a debugger is attached; `bench:ui` prints the attached
 * figure beside this one.
 *
 * The page reports by POST: a probe script (a file served before the page's own scripts) clicks
 * "New event" the moment the Welcome page offers it, notes when the composer's first select is in
 * the DOM, and when the frame after that has been painted (a task queued from
 * requestAnimationFrame runs after that frame's paint).
 */
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { chromiumFlags } from '../../test/e2e/harness/chromium'

export interface ColdLaunchSample {
  /** navigation start → the composer's first select is in the DOM */
  inDomMs: number
  /** navigation start → after the first frame painted with the composer in it (the budget figure) */
  paintedMs: number
  /** navigation start → DOMContentLoaded (the page's scripts have run) */
  domContentLoadedMs: number
}

/** A built page to launch: its directory (index.html at its root) and its `window.api`, if any. */
export interface ColdLaunchPage {
  directory: string
  /** each `window.api` call of the page goes to this function (the real handler table) */
  invoke?: (name: string, input: unknown) => Promise<unknown>
  channelNames?: readonly string[]
}

export interface ColdLaunchOptions {
  pages: ColdLaunchPage[]
  /** launches per page; the pages take turns, so a drift of the machine reaches them alike */
  samples: number
  chromiumPath: string
  /** how long the launcher page waits before navigating: the browser's own start-up is over */
  settleMs?: number
  /** a sample that reports nothing within this time fails the run */
  timeoutMs?: number
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
}

function probeScript(channelNames: readonly string[]): string {
  return `(() => {
  const names = ${JSON.stringify(channelNames)};
  if (names.length > 0) {
    const api = { on: () => () => {} };
    for (const name of names)
      api[name] = (input) => fetch('/__api/' + name, { method: 'POST', body: JSON.stringify(input === undefined ? null : input) })
        .then((response) => response.json()).then((answer) => { if ('error' in answer) throw new Error(answer.error); return answer.value; });
    window.api = Object.freeze(api);
  }
  const report = (body) => fetch('/__report', { method: 'POST', body: JSON.stringify(body) });
  // A page error fails the run; the browser's ResizeObserver loop notice is not one.
  addEventListener('error', (event) => { if (!String(event.message).includes('ResizeObserver loop')) report({ error: String(event.message) }); });
  let clicked = false; let inDom;
  new MutationObserver(() => {
    if (inDom === undefined && document.querySelector('[data-testid="composer"] select')) {
      inDom = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        report({ inDomMs: inDom, paintedMs: performance.now(), domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : NaN });
      }, 0));
    }
    const start = [...document.querySelectorAll('.welcome button')].find((button) => button.textContent.includes('New event'));
    if (!clicked && start) { clicked = true; start.click(); }
  }).observe(document, { childList: true, subtree: true });
})();`
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

interface ServedPage {
  port: number
  nextReport: () => Promise<Record<string, unknown>>
  close: () => Promise<void>
}

/** Serves a copy of the page with the probe, the launcher and the page's API, on a free port. */
async function servePage(page: ColdLaunchPage, settleMs: number): Promise<ServedPage> {
  const root = await mkdtemp(join(tmpdir(), 'capi-bench-cold-'))
  await cp(page.directory, root, { recursive: true })
  const html = await readFile(join(root, 'index.html'), 'utf8')
  if (!html.includes('<head>')) throw new Error(`${page.directory}/index.html has no <head>`)
  await writeFile(
    join(root, 'index.html'),
    html.replace('<head>', '<head><script src="/__probe.js"></script>'),
  )
  await writeFile(
    join(root, '__probe.js'),
    probeScript(page.invoke ? (page.channelNames ?? []) : []),
  )
  await writeFile(
    join(root, '__launch.html'),
    '<!doctype html><title>launch</title><script src="/__launch.js"></script>',
  )
  await writeFile(
    join(root, '__launch.js'),
    `addEventListener('load', () => setTimeout(() => location.replace('http://127.0.0.1:' + location.port + '/'), ${settleMs}))`,
  )
  let onReport: (report: Record<string, unknown>) => void = () => {}
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      if (request.method === 'POST' && url.pathname === '/__report') {
        const body = JSON.parse(await readBody(request)) as Record<string, unknown>
        response.end('ok')
        onReport(body)
        return
      }
      if (request.method === 'POST' && url.pathname.startsWith('/__api/') && page.invoke) {
        const input = JSON.parse(await readBody(request)) as unknown
        try {
          const value = await page.invoke(url.pathname.slice('/__api/'.length), input ?? undefined)
          response.setHeader('content-type', 'application/json')
          response.end(JSON.stringify({ value: value ?? null }))
        } catch (error) {
          response.end(
            JSON.stringify({ error: error instanceof Error ? error.message : String(error) }),
          )
        }
        return
      }
      const file = normalize(
        join(root, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)),
      )
      if (!file.startsWith(root + sep)) {
        response.writeHead(403).end()
        return
      }
      response.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream')
      createReadStream(file)
        .on('error', () => response.writeHead(404).end())
        .pipe(response)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    nextReport: () =>
      new Promise((resolve) => {
        onReport = resolve
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** One new Chromium (new profile) on the page's launcher; its report, or an error. */
async function launchOnce(
  served: ServedPage,
  chromiumPath: string,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const profile = await mkdtemp(join(tmpdir(), 'capi-bench-cold-profile-'))
  const reported = served.nextReport()
  const browser = spawn(
    chromiumPath,
    [
      '--headless',
      ...chromiumFlags,
      // Chromium keeps a spare renderer process started in advance; a desktop app's first window
      // has none, so the app's renderer is started by the navigation, inside the measured time.
      '--disable-features=SpareRendererForSitePerProcess',
      `--user-data-dir=${profile}`,
      '--window-size=1360,860',
      `http://localhost:${served.port}/__launch.html`,
    ],
    // Its temporary files go in the profile directory, removed below: a killed Chromium leaves them.
    { stdio: 'ignore', env: { ...process.env, TMPDIR: profile } },
  )
  let spawnError: Error | undefined
  const exited = new Promise<void>((resolve) => {
    browser.once('exit', () => resolve())
    browser.once('error', (error) => {
      spawnError = error
      resolve()
    })
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  const report = await Promise.race([
    reported,
    exited.then(() => ({
      error: spawnError
        ? `${chromiumPath} could not be started: ${spawnError.message}`
        : `${chromiumPath} exited before the page reported`,
    })),
    new Promise<Record<string, unknown>>((resolve) => {
      timer = setTimeout(() => resolve({ error: `no composer within ${timeoutMs} ms` }), timeoutMs)
    }),
  ])
  clearTimeout(timer)
  browser.kill('SIGKILL')
  await exited
  // The killed browser's helper processes wind down before the next launch starts.
  await new Promise((resolve) => setTimeout(resolve, 500))
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  return report
}

/** Cold launches of each page, the pages taking turns; the samples of each page, in its order. */
export async function measureColdLaunches(
  options: ColdLaunchOptions,
): Promise<ColdLaunchSample[][]> {
  const settle = options.settleMs ?? 1000
  const timeoutMs = options.timeoutMs ?? 30_000
  const served: ServedPage[] = []
  const samples: ColdLaunchSample[][] = options.pages.map(() => [])
  try {
    for (const page of options.pages) served.push(await servePage(page, settle))
    for (let round = 0; round < options.samples; round++) {
      for (const [index, page] of options.pages.entries()) {
        const report = await launchOnce(served[index]!, options.chromiumPath, timeoutMs)
        if (typeof report.error === 'string')
          throw new Error(`cold launch ${round + 1} of ${page.directory}: ${report.error}`)
        samples[index]!.push({
          inDomMs: Number(report.inDomMs),
          paintedMs: Number(report.paintedMs),
          domContentLoadedMs: Number(report.domContentLoadedMs),
        })
      }
    }
  } finally {
    for (const page of served) await page.close()
  }
  return samples
}
