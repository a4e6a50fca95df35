import { statusBarItems } from './statusBarItems'

export function StatusBar() {
  return (
    <footer className="status-bar" aria-label="Status bar">
      <div className="status-left">
        {statusBarItems
          .filter((item) => item.align === 'left')
          .map(({ id, Item }) => (
            <Item key={id} />
          ))}
      </div>
      <div className="status-right">
        {statusBarItems
          .filter((item) => item.align === 'right')
          .map(({ id, Item }) => (
            <Item key={id} />
          ))}
      </div>
    </footer>
  )
}
