import { z } from 'zod'
import { channel, noInput } from './channel'

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataDirectory: z.string(),
  /** `electron` inside the desktop app, `browser` in browser mode, `test` in the E2E harness. */
  shell: z.enum(['electron', 'browser', 'test']),
})
export type AppInfo = z.infer<typeof AppInfo>

export const appChannels = {
  'app.info': channel(noInput, AppInfo),
}
