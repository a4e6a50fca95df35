import { z } from 'zod'
import { SendProgress } from './sendProgress'

/** Main → renderer notifications. Each domain adds its own; payloads are validated like inputs. */
export const events = {
  'app.notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  'send.progress': SendProgress,
}

export type EventName = keyof typeof events
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>
export const eventNames = Object.keys(events) as EventName[]
