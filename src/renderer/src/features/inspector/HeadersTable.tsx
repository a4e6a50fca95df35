const highlighted = [
  'facebook-api-version',
  'x-fb-trace-id',
  'x-fb-request-id',
  'x-fb-rev',
  'x-app-usage',
  'x-business-use-case-usage',
  'x-capi-workbench-rule',
]

/** Response headers, the ones spec §2.1 names first. */
export function HeadersTable({ headers }: { headers: Record<string, string> }) {
  const names = Object.keys(headers).sort((a, b) => {
    const rankA = highlighted.indexOf(a)
    const rankB = highlighted.indexOf(b)
    if (rankA !== rankB) return (rankA < 0 ? 99 : rankA) - (rankB < 0 ? 99 : rankB)
    return a.localeCompare(b)
  })
  if (names.length === 0) return <p className="muted">No response headers.</p>
  return (
    <table className="headers-table">
      <tbody>
        {names.map((name) => (
          <tr key={name} className={highlighted.includes(name) ? 'highlighted' : undefined}>
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
