import { useEffect } from 'react'
import { type Notification } from '../state/notificationSlice'
import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'

const icons = { info: 'info', warning: 'warning', error: 'error', success: 'pass' } as const

/** How long a toast stays: the panel keeps the details, so a toast only has to be noticed. */
export const notificationLifetimeMs: Record<Notification['level'], number> = {
  success: 5_000,
  info: 6_000,
  warning: 10_000,
  error: 12_000,
}

function Toast({ notification }: { notification: Notification }) {
  const dismiss = useWorkbenchStore((state) => state.dismiss)
  useEffect(() => {
    const timer = setTimeout(
      () => dismiss(notification.id),
      notificationLifetimeMs[notification.level],
    )
    return () => clearTimeout(timer)
  }, [dismiss, notification.id, notification.level])
  return (
    <div className={`notification notification-${notification.level}`}>
      <Codicon name={icons[notification.level]} className="notification-icon" />
      <div className="notification-text">
        <div>{notification.message}</div>
        {notification.detail ? (
          <div className="notification-detail">{notification.detail}</div>
        ) : null}
      </div>
      <button
        type="button"
        className="button-icon"
        aria-label="Dismiss notification"
        onClick={() => dismiss(notification.id)}
      >
        <Codicon name="close" />
      </button>
    </div>
  )
}

export function Notifications() {
  const notifications = useWorkbenchStore((state) => state.notifications)
  if (notifications.length === 0) return null
  return (
    <div className="notifications" role="status" aria-live="polite">
      {notifications.map((notification) => (
        <Toast key={notification.id} notification={notification} />
      ))}
    </div>
  )
}
