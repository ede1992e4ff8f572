'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { useHostRoutes } from '../hostRoutes'
import { MESSAGES, buildTime, type PanelLanguage } from './messages'

interface Status {
  state: 'idle' | 'requested' | 'building' | 'live' | 'failed'
  reasons?: string[] | null
  startedAt?: string | null
  finishedAt?: string | null
  liveSince?: string | null
  error?: string | null
  pending: string[]
  builder: 'local' | 'hook' | 'none'
}

const BUSY_POLL_MS = 2000
const IDLE_POLL_MS = 15000
const COLOURS: Record<Status['state'], string> = {
  idle: 'var(--theme-elevation-500)',
  requested: 'var(--theme-warning-500)',
  building: 'var(--theme-warning-500)',
  live: 'var(--theme-success-500)',
  failed: 'var(--theme-error-500)',
}

function isBusy(status: Status | undefined): boolean {
  return Boolean(
    status && (status.state === 'building' || status.state === 'requested' || status.pending.length),
  )
}

function useSiteBuildStatus(api: string) {
  const [status, setStatus] = useState<Status>()
  const [failed, setFailed] = useState(false)
  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${api}/site-build`, { credentials: 'include' })
      if (!response.ok) throw new Error(String(response.status))
      setStatus((await response.json()) as Status)
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }, [api])
  useEffect(() => {
    void refresh()
  }, [refresh])
  useEffect(() => {
    const timer = setTimeout(() => void refresh(), isBusy(status) ? BUSY_POLL_MS : IDLE_POLL_MS)
    return () => clearTimeout(timer)
  }, [status, refresh])
  return { status, failed, refresh, setStatus }
}

function headline(status: Status, language: PanelLanguage): string {
  const text = MESSAGES[language]
  if (status.state === 'live') return `${text.live} ${text.since} ${buildTime(status.liveSince, language)}`
  if (status.state === 'building' || status.state === 'requested') {
    return `${text[status.state]} ${text.since} ${buildTime(status.startedAt, language)}`
  }
  if (status.state === 'failed') return `${text.failed} ${text.at} ${buildTime(status.finishedAt, language)}`
  return text.idle
}

/** The site's state for editors — building, live since when, failed and why — and a rebuild button. */
export function SiteBuildPanel({ compact = false }: { compact?: boolean }) {
  const { i18n } = useTranslation()
  const language: PanelLanguage = i18n.language === 'en' ? 'en' : 'ru'
  const text = MESSAGES[language]
  const { api } = useHostRoutes()
  const { status, failed, setStatus } = useSiteBuildStatus(api)
  const [starting, setStarting] = useState(false)

  const rebuild = async () => {
    setStarting(true)
    try {
      const response = await fetch(`${api}/site-build/rebuild`, { method: 'POST', credentials: 'include' })
      if (response.ok) setStatus((await response.json()) as Status)
    } finally {
      setStarting(false)
    }
  }

  if (failed && !status) return <p role="status">{text.unreachable}</p>
  if (!status) return null
  return (
    <section
      aria-label={text.title}
      data-site-state={status.state}
      style={{
        borderLeft: `4px solid ${COLOURS[status.state]}`,
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
        background: 'var(--theme-elevation-50)',
      }}
    >
      {compact && <h2 style={{ margin: '0 0 0.25rem', fontSize: '1rem' }}>{text.title}</h2>}
      <p role="status" style={{ margin: 0, fontWeight: 600 }}>
        {headline(status, language)}
      </p>
      {status.reasons?.length && status.state !== 'live' ? (
        <p style={{ margin: '0.25rem 0 0' }}>
          {text.for}: {status.reasons.join(', ')}
        </p>
      ) : null}
      {status.state === 'failed' && (
        <>
          <p style={{ margin: '0.25rem 0 0' }}>{text.previousKept}</p>
          {!compact && status.error && (
            <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '16rem', overflow: 'auto', fontSize: '0.8rem' }}>
              {status.error}
            </pre>
          )}
        </>
      )}
      {status.pending.length > 0 && (
        <p style={{ margin: '0.25rem 0 0' }}>
          {text.pending} {status.pending.join(', ')}
        </p>
      )}
      {status.builder === 'none' ? (
        <p style={{ margin: '0.5rem 0 0' }}>{text.noBuilder}</p>
      ) : (
        <div style={{ marginTop: '0.5rem' }}>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={starting || status.state === 'building'}
            onClick={() => void rebuild()}
            margin={false}
          >
            {starting ? text.starting : text.rebuild}
          </Button>
        </div>
      )}
    </section>
  )
}

export function SiteBuildDashboard() {
  return <SiteBuildPanel compact />
}
