import { useShallow } from 'zustand/react/shallow'
import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import { useWorkbenchStore } from '../../state/store'

/**
 * Some fields of a composer tab's draft, compared one by one: a section that shows the event name
 * does not render again when a customer field changes (a keystroke there makes a new draft object,
 * but keeps every other field's value as it was).
 */
export function useDraftFields<K extends keyof EventDraft>(
  tabId: string,
  keys: readonly K[],
): Pick<EventDraft, K> | undefined {
  return useWorkbenchStore(
    useShallow((state) => {
      const draft = state.composerTabs[tabId]?.draft
      if (!draft) return undefined
      const picked = {} as Pick<EventDraft, K>
      for (const key of keys) picked[key] = draft[key]
      return picked
    }),
  )
}
