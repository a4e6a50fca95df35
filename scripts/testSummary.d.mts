export interface TestStep {
  title: string
  ok: boolean
  detail?: string
}
export interface DroppedProject {
  project: string
  reason: string
  tests: number | undefined
}
export function readFreshReport(path: string, startedAtMs: number): unknown
export function summarize(input: {
  steps: TestStep[]
  report: unknown
  dropped: DroppedProject[]
}): { lines: string[]; ok: boolean }
