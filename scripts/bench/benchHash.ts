// npm run bench:hash — prints (a) normalize + hash + serialize of 10,000 full events, this core
// versus facebook-nodejs-business-sdk in the same process; (b) whole-process time of `capi hash`
// over 1,000,000 JSON lines versus scripts/bench/sdkHashBaseline.mjs; (c) the live preview's real
// recompute (computeBuild: the whole request built from a draft with 11 customer fields, hashed in
// the renderer's way, problems included). Outputs are compared with the baseline (the SDK, and
// for (c) the node:crypto hashes); any difference fails the run (exit 1). Figures are written to
// test/artifacts/bench/hash.json.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  openSync,
  closeSync,
  existsSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { nodeSha256 } from '../../src/services/hashing/nodeSha256'
import {
  type CustomerField,
  customerFields,
  hashCustomerValue,
  type Sha256,
} from '../../src/shared/capi/normalize'
import { loadServerSideUtils } from '../../test/fixtures/hashing/sdkReference'
import { computeBuild } from '../../src/renderer/src/features/composer/computeBuild'
import { createEmptyDraft, type EventDraft } from '../../src/shared/capi/model/eventDraft'
import type { ConnectionView } from '../../src/shared/connections/connectionSchema'
import { writeBenchFigures } from './benchReport'
import { benchLines, realisticCustomers } from './hashBenchData'

const figures: Record<string, unknown> = {}
const mismatches: string[] = []

const root = new URL('../../', import.meta.url).pathname
const lineCount = Number(process.env.BENCH_HASH_LINES ?? 1_000_000)
const rounds = Number(process.env.BENCH_HASH_ROUNDS ?? 3)
type Customer = Record<CustomerField, string>

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 0)} ms`
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

function coreEvent(customer: Customer, sha256: Sha256): Record<string, string[]> {
  const userData: Record<string, string[]> = {}
  for (const field of customerFields) {
    const result = hashCustomerValue(field, customer[field], sha256)
    if (result.ok) userData[field] = [result.hash]
  }
  return userData
}

const utilsLoadStart = performance.now()
const utils = loadServerSideUtils()
const sdkLoadMs = performance.now() - utilsLoadStart

function sdkEvent(customer: Customer): Record<string, string[]> {
  const userData: Record<string, string[]> = {}
  for (const field of customerFields) {
    let hash: string | null | undefined
    try {
      hash = utils.normalizeAndHash(customer[field], field)
    } catch {
      hash = null
    }
    if (hash != null) userData[field] = [hash]
  }
  return userData
}

/** One JSON body per event, kept in an array (one giant string would time V8's rope flattening). */
function serializeAll(customers: Customer[], event: (customer: Customer) => object): string[] {
  const bodies = new Array<string>(customers.length)
  for (let index = 0; index < customers.length; index++) {
    bodies[index] = JSON.stringify({ user_data: event(customers[index]!) })
  }
  return bodies
}

function timed(work: () => string[]): { ms: number; cpuMs: number; output: string[] } {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const output = work()
  const cpu = process.cpuUsage(cpuStart)
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, output }
}

function benchEvents(): void {
  const customers = realisticCustomers(10_000, 42)
  const core = { times: [] as number[], cpu: [] as number[], output: [] as string[] }
  const sdk = { times: [] as number[], cpu: [] as number[], output: [] as string[] }
  const eventRounds = Math.max(7, rounds * 2)
  for (let round = 0; round < eventRounds + 2; round++) {
    // interleaved so both see the same machine; the first two rounds warm up
    for (const [target, work] of [
      [core, () => serializeAll(customers, (customer) => coreEvent(customer, nodeSha256))],
      [sdk, () => serializeAll(customers, sdkEvent)],
    ] as const) {
      const result = timed(work)
      if (round >= 2) {
        target.times.push(result.ms)
        target.cpu.push(result.cpuMs)
      }
      target.output = result.output
    }
  }
  const same = core.output.join('\n') === sdk.output.join('\n')
  // the same values without building and serializing events: the part the two really differ in
  const values = customers.flatMap((customer) =>
    customerFields.map((field) => [field, customer[field]] as const),
  )
  const coreValues = () =>
    values.map(([field, value]) => {
      const result = hashCustomerValue(field, value, nodeSha256)
      return result.ok ? result.hash : ''
    })
  const sdkValues = () =>
    values.map(([field, value]) => {
      try {
        return utils.normalizeAndHash(value, field) ?? ''
      } catch {
        return ''
      }
    })
  const valueCpu = { core: [] as number[], sdk: [] as number[] }
  for (let round = 0; round < eventRounds + 2; round++) {
    const coreRound = timed(coreValues)
    const sdkRound = timed(sdkValues)
    if (round >= 2) {
      valueCpu.core.push(coreRound.cpuMs)
      valueCpu.sdk.push(sdkRound.cpuMs)
    }
  }
  const line = (label: string, target: typeof core) =>
    `    ${label.padEnd(20)}wall median ${ms(median(target.times))} best ${ms(Math.min(...target.times))}  cpu median ${ms(median(target.cpu))}  (runs ${target.times.map(ms).join(', ')})`
  console.log(
    `(a) 10,000 full events (11 fields each): normalize + hash + JSON.stringify, same process, ${eventRounds} rounds`,
  )
  console.log(line('core (node:crypto)', core))
  console.log(line('Meta SDK', sdk) + `  SDK load ${ms(sdkLoadMs)} not counted`)
  console.log(
    `    ratio SDK/core      wall median ${(median(sdk.times) / median(core.times)).toFixed(2)}x, best ${(Math.min(...sdk.times) / Math.min(...core.times)).toFixed(2)}x, cpu median ${(median(sdk.cpu) / median(core.cpu)).toFixed(2)}x   outputs identical: ${same} (${digest(core.output.join('\n'))})`,
  )
  const valuesSame = coreValues().join() === sdkValues().join()
  console.log(
    `    normalize + hash only (110,000 values): core cpu median ${ms(median(valueCpu.core))}, SDK ${ms(median(valueCpu.sdk))}, ratio ${(median(valueCpu.sdk) / median(valueCpu.core)).toFixed(2)}x, identical: ${valuesSame}`,
  )
  if (!same) mismatches.push('(a) events differ from the SDK')
  if (!valuesSame) mismatches.push('(a) hashed values differ from the SDK')
  figures.events = {
    rounds: eventRounds,
    coreWallMedianMs: median(core.times),
    sdkWallMedianMs: median(sdk.times),
    coreCpuMedianMs: median(core.cpu),
    sdkCpuMedianMs: median(sdk.cpu),
    ratioWallMedian: median(sdk.times) / median(core.times),
    valuesCoreCpuMedianMs: median(valueCpu.core),
    valuesSdkCpuMedianMs: median(valueCpu.sdk),
  }
}

const previewConnection: ConnectionView = {
  id: 'bench-store',
  name: 'Bench store',
  portfolioName: '',
  businessAccountName: '',
  datasetId: '123456789012345',
  apiVersion: 'v26.0',
  endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:4010' },
  assets: { whatsapp: { id: '100000000000001', country: 'BR' } },
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  hasToken: true,
}

/** A composer draft holding one customer's 11 fields, as a person types them. */
function previewDraft(customer: Customer): EventDraft {
  return {
    ...createEmptyDraft('whatsapp'),
    eventName: 'Purchase',
    ids: { whatsappBusinessAccountId: '100000000000001', ctwaClid: 'ARAkDocsExampleClickId_0123' },
    customData: { currency: 'USD', value: '49.90' },
    customer: Object.fromEntries(customerFields.map((field) => [field, [customer[field]]])),
  }
}

/**
 * (c) The preview's real recompute: computeBuild(), what the composer runs on every keystroke
 * (request built, customer data normalized and hashed with the renderer's noble SHA-256, rules
 * and region checks, problems sorted). A new draft object each time, as each keystroke makes one,
 * so the per-tab memo never answers. Its hashes must equal node:crypto's for the same values.
 */
function benchPreview(): void {
  const customers = realisticCustomers(2000, 7)
  const drafts = customers.map(previewDraft)
  const coldStart = performance.now()
  computeBuild('bench:cold', drafts[0]!, previewConnection, undefined)
  const cold = performance.now() - coldStart
  for (const draft of drafts.slice(0, 200))
    computeBuild('bench:warm', { ...draft }, previewConnection, undefined)
  let differing = 0
  const times = drafts.map((draft, index) => {
    const start = performance.now()
    const build = computeBuild('bench', { ...draft }, previewConnection, undefined)
    const elapsed = performance.now() - start
    const userData = (build.request.body as { data: { user_data: Record<string, unknown> }[] })
      .data[0]!.user_data
    const expected = coreEvent(customers[index]!, nodeSha256)
    for (const [field, hashes] of Object.entries(expected)) {
      if (JSON.stringify(userData[field]) !== JSON.stringify(hashes)) differing += 1
    }
    return elapsed
  })
  const sorted = [...times].sort((a, b) => a - b)
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!
  const p99 = sorted[Math.floor(sorted.length * 0.99)]!
  console.log(
    `    computeBuild       median ${ms(median(times))}  p95 ${ms(p95)}  p99 ${ms(p99)}  first call ${ms(cold)}  (${times.length} drafts; hashes equal node:crypto's: ${differing === 0})`,
  )
  if (differing > 0) mismatches.push(`(c) ${differing} preview hashes differ from node:crypto`)
  figures.previewRecompute = {
    drafts: times.length,
    medianMs: median(times),
    p95Ms: p95,
    p99Ms: p99,
    firstCallMs: cold,
  }
}

interface ProcessTime {
  wallMs: number
  /** user + system CPU of the child and its threads, when /usr/bin/time is there to measure it */
  cpuMs?: number
}

const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

function runProcess(command: string[], input: string, output: string): Promise<ProcessTime> {
  const stdin = openSync(input, 'r')
  const stdout = openSync(output, 'w')
  const timing = `${output}.time`
  const [file, args] = timeCommand
    ? [timeCommand, ['-f', '%U %S', '-o', timing, process.execPath, ...command]]
    : [process.execPath, command]
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: [stdin, stdout, 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => {
      const wallMs = performance.now() - start
      closeSync(stdin)
      closeSync(stdout)
      if (code !== 0) return reject(new Error(`${command.join(' ')} exited with ${code}`))
      if (!timeCommand) return resolve({ wallMs })
      const [user, system] = readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-2).map(Number)
      resolve({ wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 })
    })
  })
}

function fileDigest(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex').slice(0, 16)))
      .on('error', reject)
  })
}

async function writeLines(path: string, lines: string[]): Promise<number> {
  const stream = createWriteStream(path)
  let bytes = 0
  for (let index = 0; index < lines.length; index += 10_000) {
    const block = lines.slice(index, index + 10_000).join('\n') + '\n'
    bytes += Buffer.byteLength(block)
    if (!stream.write(block)) await once(stream, 'drain')
  }
  await new Promise<void>((resolve) => stream.end(() => resolve()))
  return bytes
}

async function benchProcesses(): Promise<void> {
  const directory = join(root, '.tmp', 'bench-hash')
  mkdirSync(directory, { recursive: true })
  const input = join(directory, 'input.jsonl')
  const bytes = await writeLines(input, benchLines(lineCount, 2024))
  const variants = [
    { label: 'capi hash (default)', command: ['bin/capi.mjs', 'hash'] },
    { label: 'capi hash --workers 0', command: ['bin/capi.mjs', 'hash', '--workers', '0'] },
    { label: 'capi hash --workers 2', command: ['bin/capi.mjs', 'hash', '--workers', '2'] },
    { label: 'SDK baseline script', command: ['scripts/bench/sdkHashBaseline.mjs'] },
  ].map((variant) => ({ ...variant, times: [] as ProcessTime[], digests: new Set<string>() }))
  for (let round = 0; round < rounds; round++) {
    // rotate the order each round so that no variant always runs first or last
    for (let step = 0; step < variants.length; step++) {
      const index = (step + round) % variants.length
      const variant = variants[index]!
      const output = join(directory, `output-${index}.jsonl`)
      const command = [join(root, variant.command[0]!), ...variant.command.slice(1)]
      variant.times.push(await runProcess(command, input, output))
      variant.digests.add(await fileDigest(output))
    }
  }
  const allDigests = new Set(variants.flatMap((variant) => [...variant.digests]))
  const wall = (variant: (typeof variants)[number]) => variant.times.map((time) => time.wallMs)
  const cpu = (variant: (typeof variants)[number]) =>
    variant.times.flatMap((time) => (time.cpuMs === undefined ? [] : [time.cpuMs]))
  console.log(
    `(b) whole process over ${lineCount.toLocaleString('en')} JSON lines (${(bytes / 1e6).toFixed(1)} MB), ${rounds} rounds, ${availableParallelism()} CPUs`,
  )
  for (const variant of variants) {
    const cpuTimes = cpu(variant)
    console.log(
      `    ${variant.label.padEnd(22)} wall median ${ms(median(wall(variant)))} best ${ms(Math.min(...wall(variant)))}` +
        (cpuTimes.length > 0 ? `  cpu median ${ms(median(cpuTimes))}` : '') +
        `  (runs ${wall(variant).map(ms).join(', ')})`,
    )
  }
  const [threaded, single, , baseline] = variants
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2) + 'x'
  const best = (a: number[], b: number[]) => (Math.min(...a) / Math.min(...b)).toFixed(2) + 'x'
  console.log(
    `    ratio SDK/capi wall   median ${ratio(wall(baseline!), wall(threaded!))} default, ${ratio(wall(baseline!), wall(single!))} one thread;` +
      ` best ${best(wall(baseline!), wall(threaded!))} default, ${best(wall(baseline!), wall(single!))} one thread`,
  )
  if (cpu(baseline!).length > 0) {
    console.log(
      `    ratio SDK/capi cpu    median ${ratio(cpu(baseline!), cpu(threaded!))} default, ${ratio(cpu(baseline!), cpu(single!))} one thread`,
    )
  }
  console.log(`    outputs identical: ${allDigests.size === 1} (${[...allDigests].join(', ')})`)
  if (allDigests.size !== 1) mismatches.push(`(b) ${allDigests.size} different outputs`)
  figures.processes = {
    lines: lineCount,
    rounds,
    variants: Object.fromEntries(
      variants.map((variant) => [
        variant.label,
        {
          wallMedianMs: median(wall(variant)),
          wallBestMs: Math.min(...wall(variant)),
          ...(cpu(variant).length > 0 ? { cpuMedianMs: median(cpu(variant)) } : {}),
        },
      ]),
    ),
  }
  rmSync(directory, { recursive: true, force: true })
}

console.log(
  `bench:hash on node ${process.versions.node}, ${availableParallelism()} CPUs, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
)
const built = spawnSync(process.execPath, [join(root, 'scripts/buildCli.mjs')], {
  stdio: 'inherit',
})
if (built.status !== 0) throw new Error('npm run build:cli failed')
benchEvents()
console.log(
  '(c) live preview: the real recompute (computeBuild) of a draft with 11 customer fields',
)
benchPreview()
await benchProcesses()
writeBenchFigures('hash', figures, {
  identical: mismatches.length === 0,
  detail: mismatches.length === 0 ? 'every output equals its baseline' : mismatches.join('; '),
})
