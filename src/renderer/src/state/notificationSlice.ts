import type { StateCreator } from 'zustand'
import type { WorkbenchState } from './store'

export interface Notification {
  id: number
  level: 'info' | 'warning' | 'error' | 'success'
  message: string
  detail?: string
}

export interface NotificationSlice {
  notifications: Notification[]
  notify: (notification: Omit<Notification, 'id'>) => number
  dismiss: (id: number) => void
}

let nextId = 1

export const createNotificationSlice: StateCreator<WorkbenchState, [], [], NotificationSlice> = (
  set,
  get,
) => ({
  notifications: [],
  notify: (notification) => {
    const id = nextId++
    // Keep the newest five; older ones are gone from view, not from the log.
    set({ notifications: [...get().notifications, { ...notification, id }].slice(-5) })
    return id
  },
  dismiss: (id) => set({ notifications: get().notifications.filter((item) => item.id !== id) }),
})
