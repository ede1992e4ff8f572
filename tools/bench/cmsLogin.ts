/** Signs in to the CMS's REST API; the token goes into `Authorization: JWT <token>`. */
export async function loginToken(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Login as ${email} failed: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
