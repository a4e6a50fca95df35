import { z } from 'zod'

/**
 * How strongly a check or an explanation is backed (spec §14, "Evidence and strict mode"):
 * `meta-docs` = stated on a developers.facebook.com page; `observed` = seen in live Meta answers
 * recorded by independent integrators (month and number of reports when known); `assumption` =
 * this project's decision or an unverified guess: Meta's behaviour is unknown.
 */
export const evidenceLevels = ['meta-docs', 'observed', 'assumption'] as const
export type EvidenceLevel = (typeof evidenceLevels)[number]

export const evidenceSchema = z.object({
  level: z.enum(evidenceLevels),
  /** `YYYY-MM` of the live answers (observed only). */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  /** Number of independent reports (observed only). */
  reports: z.number().int().positive().optional(),
  /** One short clause: where it comes from, or what exactly is assumed. */
  note: z.string().optional(),
})
export type Evidence = z.infer<typeof evidenceSchema>

/** The HTTP header the sandbox sends on every rejection, with the level as its value. */
export const evidenceHeader = 'x-capi-workbench-evidence'

export const metaDocs = (note?: string): Evidence =>
  note === undefined ? { level: 'meta-docs' } : { level: 'meta-docs', note }

export function observed(month?: string, reports?: number, note?: string): Evidence {
  return {
    level: 'observed',
    ...(month === undefined ? {} : { month }),
    ...(reports === undefined ? {} : { reports }),
    ...(note === undefined ? {} : { note }),
  }
}

export const assumption = (note?: string): Evidence =>
  note === undefined ? { level: 'assumption' } : { level: 'assumption', note }

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return typeof value === 'string' && (evidenceLevels as readonly string[]).includes(value)
}

const monthNames = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]

/** `2026-09` → `Sept 2026`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-')
  const name = monthNames[Number(number) - 1]
  return name === undefined ? month : `${name} ${year}`
}

/** The small label beside a problem or an explanation: "Meta docs", "seen live, Sept 2026", "assumption". */
export function evidenceLabel(evidence: Evidence): string {
  switch (evidence.level) {
    case 'meta-docs':
      return 'Meta docs'
    case 'observed':
      return evidence.month === undefined ? 'seen live' : `seen live, ${monthLabel(evidence.month)}`
    case 'assumption':
      return 'assumption'
  }
}

/** The evidence in words, for the inspector, `capi send`, `capi validate` and `capi explain`. */
export function evidenceWords(evidence: Evidence): string {
  let words: string
  switch (evidence.level) {
    case 'meta-docs':
      words = 'Meta documents this'
      break
    case 'observed': {
      const parts = ['seen in live answers']
      if (evidence.month !== undefined) parts.push(monthLabel(evidence.month))
      if (evidence.reports !== undefined) {
        parts.push(`${evidence.reports} report${evidence.reports === 1 ? '' : 's'}`)
      }
      words = `${parts.join(', ')} (not documented by Meta)`
      break
    }
    case 'assumption':
      words = "this sandbox's assumption: Meta's behaviour is unknown"
      break
  }
  return evidence.note === undefined ? words : `${words}; ${evidence.note}`
}
