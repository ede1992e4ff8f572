import { describe, expect, it } from 'vitest'

import { contactHref, contactProblem } from '../src/contacts'

describe('contact channels', () => {
  it('accept an email address and refuse anything else on the email channel', () => {
    expect(contactProblem('email', 'expo@example.ru')).toBeNull()
    expect(contactProblem('email', 'expo.example.ru')).toBe('not-an-email')
    expect(contactProblem('email', 'expo@example')).toBe('not-an-email')
    expect(contactProblem('email', '')).toBe('empty')
  })

  it('accept phones in international format only', () => {
    expect(contactProblem('phone', '+7 495 123-45-67')).toBeNull()
    expect(contactProblem('phone', '+7 (846) 332-11-00')).toBeNull()
    expect(contactProblem('phone', '8 495 123-45-67')).toBe('not-international-phone')
    expect(contactProblem('phone', '+7 123')).toBe('not-international-phone')
    expect(contactProblem('phone', '+7 495 123 45 67 ext. 2')).toBe('not-international-phone')
  })

  it('accept https links for chats, webinar rooms and messengers', () => {
    expect(contactProblem('chat', 'https://t.me/expo_chat')).toBeNull()
    expect(contactProblem('webinar', 'https://webinar.example.ru/room/12')).toBeNull()
    expect(contactProblem('messenger', 'https://wa.me/74951234567')).toBeNull()
    expect(contactProblem('chat', 'http://t.me/expo_chat')).toBe('not-https')
    expect(contactProblem('webinar', 'javascript:alert(1)')).toBe('not-https')
    expect(contactProblem('messenger', '@expo')).toBe('not-https')
  })

  it('gives the link a reader can open', () => {
    expect(contactHref('email', ' expo@example.ru ')).toBe('mailto:expo@example.ru')
    expect(contactHref('phone', '+7 (495) 123-45-67')).toBe('tel:+74951234567')
    expect(contactHref('chat', 'https://t.me/expo')).toBe('https://t.me/expo')
    expect(contactHref('chat', 'javascript:alert(1)')).toBeNull()
  })
})
