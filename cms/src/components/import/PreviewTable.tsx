import type { ImportMessages } from './messages'
import type { ImportReport } from './sendFile'

const MAX_SHOWN = 1000

/** The rows that would change or are rejected, rejected first, with their lines and reasons. */
export function PreviewTable({ report, text }: { report: ImportReport; text: ImportMessages }) {
  const rows = report.rows
    .filter((row) => row.action !== 'unchanged')
    .sort((a, b) => Number(b.action === 'reject') - Number(a.action === 'reject') || a.line - b.line)
  if (rows.length === 0) return null
  return (
    <>
      {rows.length > MAX_SHOWN && (
        <p>
          {text.shown} {MAX_SHOWN} / {rows.length}
        </p>
      )}
      <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th scope="col">{text.line}</th>
            <th scope="col">{text.action}</th>
            <th scope="col">{text.key}</th>
            <th scope="col">{text.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_SHOWN).map((row) => (
            <tr
              key={`${row.line}-${row.key}`}
              style={row.action === 'reject' ? { color: 'var(--theme-error-500)' } : undefined}
            >
              <td>{row.line}</td>
              <td>{text[row.action]}</td>
              <td>
                <code>{row.key}</code>
              </td>
              <td>{row.reasons?.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
