import { useCallback } from 'react'
import { useWorkbenchStore } from './store'

/**
 * Like useState, but kept in the store per tab: switching to another tab and back (or, through
 * the session, a reload) finds the value again.
 */
export function useTabMemory<T>(tabId: string, key: string, initial: T): [T, (value: T) => void] {
  const stored = useWorkbenchStore((state) => state.tabMemory[tabId]?.[key]) as T | undefined
  const setTabMemory = useWorkbenchStore((state) => state.setTabMemory)
  const set = useCallback((value: T) => setTabMemory(tabId, key, value), [setTabMemory, tabId, key])
  return [stored === undefined ? initial : stored, set]
}
