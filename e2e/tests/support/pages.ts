import type { APIRequestContext } from '@playwright/test'

export interface Answer {
  url: string
  status: number
  body: string
}

/**
 * Every page of a REST list, as an anonymous caller gets it (pages of at most 100): the answers
 * one by one, until the CMS says there is no next page.
 */
export async function everyRestPage(api: APIRequestContext, url: string): Promise<Answer[]> {
  const answers: Answer[] = []
  for (let page = 1; page <= 100; page += 1) {
    const pageUrl = `${url}${url.includes('?') ? '&' : '?'}page=${page}`
    const response = await api.get(pageUrl)
    const body = await response.text()
    answers.push({ url: pageUrl, status: response.status(), body })
    if (response.status() !== 200 || !(JSON.parse(body) as { hasNextPage?: boolean }).hasNextPage) break
  }
  return answers
}

/** Every page of a GraphQL list query, `$page` given as the page number. */
export async function everyGraphqlPage(
  api: APIRequestContext,
  endpoint: string,
  query: (page: number) => string,
  hasNextPage: (data: Record<string, { hasNextPage?: boolean }>) => boolean,
): Promise<Answer[]> {
  const answers: Answer[] = []
  for (let page = 1; page <= 100; page += 1) {
    const response = await api.post(endpoint, { data: { query: query(page) } })
    const body = await response.text()
    answers.push({ url: `${endpoint} (page ${page})`, status: response.status(), body })
    const data = (JSON.parse(body) as { data?: Record<string, { hasNextPage?: boolean }> }).data
    if (response.status() !== 200 || !data || !hasNextPage(data)) break
  }
  return answers
}
