import { notableHeaders } from '../../../../shared/capi/sendResult'

/** Response headers, the ones spec §2.1 names first. */
export function HeadersTable({ headers }: { headers: Record<string, string> }) {
  const names = Object.keys(headers).sort((a, b) => {
    const rankA = notableHeaders.indexOf(a)
    const rankB = notableHeaders.indexOf(b)
    if (rankA !== rankB) return (rankA < 0 ? 99 : rankA) - (rankB < 0 ? 99 : rankB)
    return a.localeCompare(b)
  })
  if (names.length === 0) return <p className="muted">No response headers.</p>
  return (
    <table className="headers-table">
      <tbody>
        {names.map((name) => (
          <tr key={name} className={notableHeaders.includes(name) ? 'highlighted' : undefined}>
            <th scope="row" className="mono">
              {name}
            </th>
            <td className="mono">{headers[name]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
