import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'

const icons = { info: 'info', warning: 'warning', error: 'error', success: 'pass' } as const

export function Notifications() {
  const notifications = useWorkbenchStore((state) => state.notifications)
  const dismiss = useWorkbenchStore((state) => state.dismiss)
  if (notifications.length === 0) return null
  return (
    <div className="notifications" role="status" aria-live="polite">
      {notifications.map((notification) => (
        <div key={notification.id} className={`notification notification-${notification.level}`}>
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
      ))}
    </div>
  )
}
