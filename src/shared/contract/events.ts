import { z } from 'zod'

/** Main → renderer notifications. Each domain adds its own; payloads are validated like inputs. */
export const events = {
  'app.notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
}

export type EventName = keyof typeof events
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>
export const eventNames = Object.keys(events) as EventName[]
