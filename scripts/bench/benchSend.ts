/**
 * bench:send — p50/p95 of sequential sends to the local sandbox through GraphClient and through a
 * bare undici request of the same body, and their ratio (goal: client ≤ 1.1× bare at p50).
 * Interleaved in ABBA order (client, bare, bare, client …) so drift of a shared machine hits both alike.
 *
 *   npm run bench:send [-- --count 1000 --warmup 100]
 */
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Agent, request } from 'undici'
import { exampleWhatsAppPurchase } from '../../src/shared/capi/rules/exampleBodies'
import { GraphClient } from '../../src/services/graph/graphClient'
import { defaultSandboxFixtures } from '../../src/meta-sandbox/loadSandboxFixtures'
import { startSandbox } from '../../src/meta-sandbox/startSandbox'
import { writeBenchFigures } from './benchReport'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
  },
})
const count = Number(values.count)
const warmup = Number(values.warmup)

const token = 'SANDBOX-TOKEN-1234'
const datasetId = '123456789012345'
const version = 'v26.0'

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1)! }
}

const sandbox = await startSandbox({ fixtures: defaultSandboxFixtures() })
const client = new GraphClient()
const agent = new Agent()
const url = `${sandbox.url}/${version}/${datasetId}/events`
const body = () => exampleWhatsAppPurchase(Math.floor(Date.now() / 1000) - 60)

const phases: Record<'queueMs' | 'ttfbMs' | 'downloadMs' | 'totalMs', number[]> = {
  queueMs: [],
  ttfbMs: [],
  downloadMs: [],
  totalMs: [],
}

/** Every answer of each side, compared at the end: both must be Meta's acceptance of one event. */
const answers = { client: new Set<string>(), bare: new Set<string>() }

async function viaClient(): Promise<number> {
  const started = performance.now()
  const result = await client.sendEvents({
    baseUrl: sandbox.url,
    version,
    datasetId,
    token,
    body: body(),
  })
  const elapsed = performance.now() - started
  answers.client.add(`${result.outcome} ${result.eventsReceived}`)
  for (const phase of Object.keys(phases) as (keyof typeof phases)[]) {
    phases[phase].push(result.timing[phase])
  }
  return elapsed
}

async function viaBareUndici(): Promise<number> {
  const started = performance.now()
  const response = await request(url, {
    method: 'POST',
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body()),
  })
  const json = (await response.body.json()) as { events_received?: number }
  const elapsed = performance.now() - started
  answers.bare.add(
    `${response.statusCode === 200 ? 'accepted' : response.statusCode} ${json.events_received}`,
  )
  return elapsed
}

try {
  for (let index = 0; index < warmup; index += 1) {
    await viaClient()
    await viaBareUndici()
  }
  const clientSamples: number[] = []
  const bareSamples: number[] = []
  for (let index = 0; index < count; index += 1) {
    // ABBA order: neither side always runs right after the other.
    if (index % 2 === 0) {
      clientSamples.push(await viaClient())
      bareSamples.push(await viaBareUndici())
    } else {
      bareSamples.push(await viaBareUndici())
      clientSamples.push(await viaClient())
    }
  }
  const through = summary(clientSamples)
  const bare = summary(bareSamples)
  const ms = (value: number) => `${value.toFixed(3)} ms`
  console.log(
    `bench:send — ${count} sequential sends each (after ${warmup} warm-up), sandbox ${sandbox.url}`,
  )
  console.log(`node ${process.versions.node}, ${process.platform}/${process.arch}`)
  console.log(
    `GraphClient   p50 ${ms(through.p50)}  p95 ${ms(through.p95)}  max ${ms(through.max)}`,
  )
  console.log(`bare undici   p50 ${ms(bare.p50)}  p95 ${ms(bare.p95)}  max ${ms(bare.max)}`)
  const phaseText = (Object.keys(phases) as (keyof typeof phases)[])
    .map((phase) => `${phase.replace('Ms', '')} ${summary(phases[phase]).p50.toFixed(3)}`)
    .join(', ')
  console.log(`GraphClient's own timing, p50 per phase (ms): ${phaseText}`)
  // Each client send beside its neighbouring bare send: robust to load that drifts during the run.
  const pairedRatios = clientSamples.map((sample, index) => sample / bareSamples[index]!)
  console.log(`median of paired ratios ${summary(pairedRatios).p50.toFixed(3)}x`)
  const ratio = through.p50 / bare.p50
  console.log(
    `ratio p50 ${ratio.toFixed(3)}x  p95 ${(through.p95 / bare.p95).toFixed(3)}x  (goal ≤ 1.1x at p50: ${ratio <= 1.1 ? 'met' : 'NOT met'})`,
  )
  const clientAnswers = [...answers.client].join(', ')
  const bareAnswers = [...answers.bare].join(', ')
  writeBenchFigures(
    'send',
    {
      count,
      warmup,
      graphClientMs: through,
      bareUndiciMs: bare,
      ratioP50: ratio,
      medianPairedRatio: summary(pairedRatios).p50,
      goalP50Ratio: 1.1,
    },
    {
      identical: clientAnswers === 'accepted 1' && bareAnswers === 'accepted 1',
      detail: `GraphClient answers: ${clientAnswers}; bare undici answers: ${bareAnswers}`,
    },
  )
} finally {
  await client.close()
  await agent.close()
  await sandbox.close()
}
