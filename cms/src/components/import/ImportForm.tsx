'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { useHostRoutes } from '../hostRoutes'
import { type ImportMessages, MESSAGES } from './messages'
import { PreviewTable } from './PreviewTable'
import { type ImportCollection, type ImportReport, sendFile } from './sendFile'

const COLLECTIONS: ImportCollection[] = ['sessions', 'experts', 'partners']

function Summary({ report, text }: { report: ImportReport; text: ImportMessages }) {
  const { counts } = report
  const changes = counts.create + counts.update
  return (
    <div role="status">
      {report.encoding && (
        <p>
          {text.read}: {report.encoding}, {text.separator} «{report.delimiter}». {text.create}:{' '}
          {counts.create}, {text.update}: {counts.update}, {text.unchanged}: {counts.unchanged}, {text.reject}
          : {counts.reject}.
        </p>
      )}
      {report.error && <p style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>{report.error}</p>}
      {!report.applied && counts.reject > 0 && <p>{text.fixFirst}</p>}
      {report.applied && <p style={{ fontWeight: 600 }}>{text.applied}</p>}
      {!report.error && !report.applied && changes === 0 && counts.reject === 0 && <p>{text.nothing}</p>}
    </div>
  )
}

function ExportLinks({ text }: { text: ImportMessages }) {
  const { api, pluralOf } = useHostRoutes()
  return (
    <p>
      {text.export}:{' '}
      {COLLECTIONS.map((name, index) => (
        <span key={name}>
          {index > 0 && ' · '}
          <a href={`${api}/export/${name}.csv`} download>
            {pluralOf(name)}
          </a>
        </span>
      ))}
      <br />
      <small>{text.exportHint}</small>
    </p>
  )
}

/** Choose a file, see what it would do row by row, then import it — all or nothing. */
export function ImportForm() {
  const { i18n } = useTranslation()
  const text = MESSAGES[i18n.language === 'en' ? 'en' : 'ru']
  const { api, pluralOf } = useHostRoutes()
  const [collection, setCollection] = useState<ImportCollection>('sessions')
  const [file, setFile] = useState<File>()
  const [report, setReport] = useState<ImportReport>()
  const [busy, setBusy] = useState<'checking' | 'applying'>()

  const run = async (dryRun: boolean) => {
    if (!file) return
    setBusy(dryRun ? 'checking' : 'applying')
    try {
      setReport(await sendFile(api, collection, file, dryRun, text.unreadable))
    } finally {
      setBusy(undefined)
    }
  }
  const canApply = Boolean(
    report &&
    !report.applied &&
    !report.error &&
    report.counts.reject === 0 &&
    report.counts.create + report.counts.update > 0,
  )

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '64rem' }}>
      <ExportLinks text={text} />
      <label>
        {text.collection}{' '}
        <select
          value={collection}
          onChange={(event) => {
            setCollection(event.target.value as ImportCollection)
            setReport(undefined)
          }}
        >
          {COLLECTIONS.map((name) => (
            <option key={name} value={name}>
              {pluralOf(name)}
            </option>
          ))}
        </select>
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
          disabled={!file || Boolean(busy)}
          onClick={() => void run(true)}
          margin={false}
        >
          {text.check}
        </Button>
        <Button disabled={!canApply || Boolean(busy)} onClick={() => void run(false)} margin={false}>
          {text.apply}
        </Button>
      </div>
      {busy && <p role="status">{text[busy]}</p>}
      {report && !busy && <Summary report={report} text={text} />}
      {report && !busy && <PreviewTable report={report} text={text} />}
    </div>
  )
}
