import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

export interface SplitterProps {
  /** `vertical`: a vertical bar between side-by-side parts (side bar); `horizontal`: a bar above the panel. */
  orientation: 'vertical' | 'horizontal'
  label: string
  /** The id of the part it resizes. */
  controls: string
  value: number
  min: number
  max: number
  /** Grows the controlled part when the pointer moves right (vertical) or up (horizontal). */
  onChange: (value: number) => void
  /** Enter on the splitter (e.g. maximize / restore the panel). */
  onEnter?: () => void
  title?: string
}

const step = 10
const bigStep = 50

/**
 * A WAI-ARIA window splitter: `role="separator"` with its value in pixels, focusable, resized by
 * dragging, by the arrow keys (Shift for bigger steps), Home / End for the minimum / maximum.
 */
export function Splitter(props: SplitterProps) {
  const { orientation, label, controls, value, min, max, onChange, onEnter, title } = props
  const drag = useRef<{ start: number; value: number } | undefined>(undefined)
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)))
  const position = (event: PointerEvent) =>
    orientation === 'vertical' ? event.clientX : -event.clientY

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { start: position(event), value }
    event.preventDefault()
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag.current) return
    onChange(clamp(drag.current.value + position(event) - drag.current.start))
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    drag.current = undefined
    event.currentTarget.releasePointerCapture(event.pointerId)
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const amount = event.shiftKey ? bigStep : step
    const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowUp'
    const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowDown'
    if (event.key === grow) onChange(clamp(value + amount))
    else if (event.key === shrink) onChange(clamp(value - amount))
    else if (event.key === 'Home') onChange(min)
    else if (event.key === 'End') onChange(max)
    else if (event.key === 'Enter' && onEnter) onEnter()
    else return
    event.preventDefault()
  }
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(max)}
      title={title}
      className={`splitter splitter-${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onDoubleClick={onEnter}
      onKeyDown={onKeyDown}
    />
  )
}
