/** Russian plural forms: 1 сессия, 2 сессии, 5 сессий, 21 сессия. */
export function plural<T>(count: number, [one, few, many]: readonly [T, T, T]): T {
  const mod10 = count % 10
  const mod100 = count % 100
  if (mod10 === 1 && mod100 !== 11) return one
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few
  return many
}
