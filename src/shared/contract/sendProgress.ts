import { z } from 'zod'

/** Identifies one send so it can be cancelled and its progress followed. */
export const SendRequestId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

export const sendPhases = ['building', 'sending', 'recording', 'done', 'cancelled'] as const

/** The `send.progress` push event: where a send is, for the composer's button and status. */
export const SendProgress = z.object({
  requestId: SendRequestId,
  phase: z.enum(sendPhases),
  message: z.string(),
})
export type SendProgress = z.infer<typeof SendProgress>
