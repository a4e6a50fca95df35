import type { ButtonHTMLAttributes, ReactNode } from 'react'
import { Codicon } from './Codicon'

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'icon'
  icon?: string
  children?: ReactNode
}

export function Button({
  variant = 'primary',
  icon,
  children,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={`button button-${variant}${className ? ` ${className}` : ''}`}
      {...rest}
    >
      {icon ? <Codicon name={icon} /> : null}
      {children}
    </button>
  )
}
