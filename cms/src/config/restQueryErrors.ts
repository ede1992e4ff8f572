type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/** `where` given as one value (not `where[field][op]=…`) must be JSON; Payload answers 500 otherwise. */
function malformedWhere(url: URL): boolean {
  const where = url.searchParams.get('where')
  if (where === null) return false
  try {
    JSON.parse(where)
    return false
  } catch {
    return true
  }
}

/** A query Payload cannot read is the caller's mistake: 400 with a message, not a 500. */
export function withQueryErrors<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    if (malformedWhere(new URL(request.url))) {
      return Response.json(
        {
          errors: [
            {
              message:
                'Параметр where не читается: передайте JSON или where[поле][условие]=… — the where parameter cannot be read: send JSON or where[field][operator]=…',
            },
          ],
        },
        { status: 400 },
      )
    }
    return handler(request, context)
  }
}
