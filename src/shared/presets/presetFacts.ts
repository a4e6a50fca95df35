import { stepEventNames } from '../step/stepSchema'
import type { Preset } from './presetSchema'

/** The channel and event a preset sends, for listings ('' where a raw body does not say). */
export function presetFacts(preset: Preset): { channel: string; eventName: string } {
  if (preset.kind === 'step') {
    return { channel: preset.contact.channel, eventName: stepEventNames[preset.step.event] }
  }
  if (preset.kind === 'raw') return rawBodyFacts(preset.body)
  const draft = preset.draft as { channel?: unknown; eventName?: unknown }
  return { channel: String(draft.channel ?? ''), eventName: String(draft.eventName ?? '') }
}

/** The first event's `messaging_channel` and `event_name` of a raw body, if it parses. */
export function rawBodyFacts(body: string): { channel: string; eventName: string } {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return { channel: '', eventName: '' }
  }
  const first = (value as { data?: unknown } | null)?.data
  const event = Array.isArray(first) ? (first[0] as Record<string, unknown> | undefined) : undefined
  const text = (field: string) => (typeof event?.[field] === 'string' ? event[field] : '')
  return { channel: text('messaging_channel'), eventName: text('event_name') }
}
