import { z } from 'zod'
import { channel, noInput } from './channel'

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataDirectory: z.string(),
  /** `electron` inside the desktop app, `browser` in browser mode, `cli` for capi, `test` in tests and the E2E harness. */
  shell: z.enum(['electron', 'browser', 'cli', 'test']),
})
export type AppInfo = z.infer<typeof AppInfo>

export const appChannels = {
  'app.info': channel(noInput, AppInfo),
  /**
   * Copies text to the system clipboard through main. The desktop window denies every permission
   * request (clipboard included), so copy buttons go through here; `copied: false` where main has
   * no clipboard (browser mode: the page's own clipboard API is used instead).
   */
  'app.copyText': channel(
    z.object({ text: z.string().max(10_000_000) }).strict(),
    z.object({ copied: z.boolean() }),
  ),
}
