'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

type Collection = 'sessions' | 'experts' | 'partners'
type Action = 'create' | 'update' | 'unchanged' | 'reject'

interface Report {
  encoding?: string
  delimiter?: string
  counts: Record<Action, number>
  rows: Array<{ line: number; key: string; action: Action; reasons?: string[] }>
  applied: boolean
  error?: string
}

const TEXT = {
  ru: {
    collection: 'Что импортируем',
    sessions: 'Сессии',
    experts: 'Эксперты',
    partners: 'Партнёры',
    file: 'Файл CSV (UTF-8 или Windows-1251, разделитель «,» или «;»)',
    check: 'Проверить',
    apply: 'Импортировать',
    export: 'Выгрузить в CSV',
    line: 'Строка',
    key: 'Ключ',
    action: 'Действие',
    reason: 'Причина',
    create: 'будет создано',
    update: 'будет обновлено',
    unchanged: 'без изменений',
    reject: 'отклонено',
    read: 'Прочитано как',
    applied: 'Импорт выполнен.',
    fixFirst: 'Исправьте отклонённые строки: импорт применяется целиком или никак.',
    nothing: 'Менять нечего.',
  },
  en: {
    collection: 'What to import',
    sessions: 'Sessions',
    experts: 'Experts',
    partners: 'Partners',
    file: 'CSV file (UTF-8 or Windows-1251, separated by "," or ";")',
    check: 'Check',
    apply: 'Import',
    export: 'Export as CSV',
    line: 'Line',
    key: 'Key',
    action: 'Action',
    reason: 'Reason',
    create: 'to create',
    update: 'to update',
    unchanged: 'unchanged',
    reject: 'rejected',
    read: 'Read as',
    applied: 'Imported.',
    fixFirst: 'Fix the rejected rows: an import applies entirely or not at all.',
    nothing: 'Nothing to change.',
  },
} as const

async function send(collection: Collection, file: File, dryRun: boolean): Promise<Report> {
  const body = new FormData()
  body.append('file', file)
  const response = await fetch(`/api/import/${collection}${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body,
    credentials: 'include',
  })
  const report = (await response.json()) as Partial<Report>
  return {
    ...report,
    counts: report.counts ?? { create: 0, update: 0, unchanged: 0, reject: 0 },
    rows: report.rows ?? [],
    applied: report.applied ?? false,
  }
}

/** Choose a file, see what it would do row by row, then import it — all or nothing. */
export function ImportForm() {
  const { i18n } = useTranslation()
  const text = TEXT[i18n.language === 'en' ? 'en' : 'ru']
  const [collection, setCollection] = useState<Collection>('sessions')
  const [file, setFile] = useState<File>()
  const [report, setReport] = useState<Report>()
  const [busy, setBusy] = useState(false)

  const run = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    try {
      setReport(await send(collection, file, dryRun))
    } finally {
      setBusy(false)
    }
  }
  const changes = report ? report.counts.create + report.counts.update : 0
  const canApply = Boolean(
    report && !report.applied && !report.error && report.counts.reject === 0 && changes > 0,
  )

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '60rem' }}>
      <label>
        {text.collection}{' '}
        <select
          value={collection}
          onChange={(event) => {
            setCollection(event.target.value as Collection)
            setReport(undefined)
          }}
        >
          {(['sessions', 'experts', 'partners'] as const).map((name) => (
            <option key={name} value={name}>
              {text[name]}
            </option>
          ))}
        </select>{' '}
        <a href={`/api/export/${collection}.csv`}>{text.export}</a>
      </label>
      <label>
        {text.file}
        <br />
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0])
            setReport(undefined)
          }}
        />
      </label>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <Button
          buttonStyle="secondary"
          disabled={!file || busy}
          onClick={() => void run(true)}
          margin={false}
        >
          {text.check}
        </Button>
        <Button disabled={!canApply || busy} onClick={() => void run(false)} margin={false}>
          {text.apply}
        </Button>
      </div>
      {report && (
        <div role="status">
          {report.encoding && (
            <p>
              {text.read}: {report.encoding}, «{report.delimiter}». {text.create}: {report.counts.create},{' '}
              {text.update}: {report.counts.update}, {text.unchanged}: {report.counts.unchanged},{' '}
              {text.reject}: {report.counts.reject}
            </p>
          )}
          {report.error && <p style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>{report.error}</p>}
          {!report.error && report.counts.reject > 0 && <p>{text.fixFirst}</p>}
          {report.applied && <p style={{ fontWeight: 600 }}>{text.applied}</p>}
          {!report.error && !report.applied && changes === 0 && report.counts.reject === 0 && (
            <p>{text.nothing}</p>
          )}
        </div>
      )}
      {report && report.rows.length > 0 && (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">{text.line}</th>
              <th scope="col">{text.key}</th>
              <th scope="col">{text.action}</th>
              <th scope="col">{text.reason}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows
              .filter((row) => row.action !== 'unchanged')
              .slice(0, 500)
              .map((row) => (
                <tr key={`${row.line}-${row.key}`}>
                  <td>{row.line}</td>
                  <td>{row.key}</td>
                  <td>{text[row.action]}</td>
                  <td>{row.reasons?.join('; ')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
