import { z } from 'zod'

/** One request/response channel: a zod schema for what goes in and for what comes back. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelSpec<I, O> {
  return { input, output }
}

/** Channels that take nothing still get a strict schema, so stray arguments are refused. */
export const noInput = z.undefined().or(z.object({}).strict()).optional()
