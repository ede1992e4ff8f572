import { describe, expect, it } from 'vitest'

import { googleCalendarUrl, outlookCalendarUrl, subscribeUrls } from '../src/lib/calendarLinks'

const event = {
  title: 'Опыт Самарской области & <дистант>',
  start: '2020-04-29T14:20:00.000Z',
  end: '2020-04-29T15:50:00.000Z',
  timeZone: 'Europe/Berlin',
  details: 'https://programme.example.org/sessions/samara/',
  location: 'Студия 3',
}

describe('add-to-calendar links', () => {
  it('give Google the UTC times, the edition’s zone to show them in and the text, encoded', () => {
    const url = new URL(googleCalendarUrl(event))
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(url.searchParams.get('dates')).toBe('20200429T142000Z/20200429T155000Z')
    expect(url.searchParams.get('text')).toBe(event.title)
    expect(url.searchParams.get('ctz')).toBe('Europe/Berlin')
    expect(googleCalendarUrl(event)).not.toContain('<')
  })

  it('give Outlook ISO times', () => {
    const url = new URL(outlookCalendarUrl(event))
    expect(url.searchParams.get('startdt')).toBe('2020-04-29T14:20:00.000Z')
    expect(url.searchParams.get('subject')).toBe(event.title)
  })
})

describe('subscribeUrls', () => {
  it('offers the same feed as webcal:// and as the site’s own address', () => {
    expect(subscribeUrls('/calendar/mmso-2020.ics', new URL('https://programme.example.org'))).toEqual({
      webcal: 'webcal://programme.example.org/calendar/mmso-2020.ics',
      https: 'https://programme.example.org/calendar/mmso-2020.ics',
    })
  })
})
