export function Codicon({
  name,
  label,
  className,
}: {
  name: string
  label?: string
  className?: string
}) {
  return (
    <span
      className={`codicon codicon-${name}${className ? ` ${className}` : ''}`}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  )
}
