import { useState } from 'react'

const limit = 20_000

/** Raw text in a <pre>, cut at 20,000 characters with "show all" so long bodies stay responsive. */
export function TruncatedText({ text, label }: { text: string; label: string }) {
  const [all, setAll] = useState(false)
  const cut = text.length > limit && !all
  return (
    <div>
      <pre className="raw-text" aria-label={label} tabIndex={0}>
        {cut ? text.slice(0, limit) : text}
      </pre>
      {cut ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {text.length.toLocaleString()} characters
        </button>
      ) : null}
    </div>
  )
}
