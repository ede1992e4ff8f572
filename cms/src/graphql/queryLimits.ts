import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ValidationRule,
} from 'graphql/index.js'
import type { PayloadRequest } from 'payload'

import { ANONYMOUS_PAGE_LIMIT } from '../config/requestLimits'
import { fragmentCycle, measureQuery, type PageSizes } from './queryCost'

/** Deep enough for a session's participants' photos' sizes; Alleys → stands → alley → stands is deeper. */
export const MAX_QUERY_DEPTH = 10
/** About a page of 100 sessions with their participants; the nested Alleys → stands query is 100 times that. */
export const MAX_QUERY_COST = 20_000

const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] }

function pagesFor(req: PayloadRequest | undefined): PageSizes {
  return {
    unbounded: ANONYMOUS_PAGE_LIMIT,
    largest: req?.user ? Number.POSITIVE_INFINITY : ANONYMOUS_PAGE_LIMIT,
  }
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_LARGE', statusCode: 400 } })
}

function cycleMessage(cycle: string[]): string {
  const names = cycle.join(' → ')
  return (
    `Фрагменты запроса ссылаются друг на друга по кругу: ${names}. — ` +
    `The query's fragments spread each other in a cycle: ${names}.`
  )
}

function depthMessage(depth: number): string {
  const shown = Number.isFinite(depth) ? String(depth) : `> ${MAX_QUERY_DEPTH}`
  return (
    `Запрос слишком глубокий: глубина вложенности ${shown}, допустимо не больше ${MAX_QUERY_DEPTH}. — ` +
    `The query is too deep: ${shown} levels of nested fields, at most ${MAX_QUERY_DEPTH}.`
  )
}

function costMessage(cost: number): string {
  const shown = Number.isFinite(cost) ? Math.round(cost).toLocaleString('en') : `> ${MAX_QUERY_COST}`
  return (
    `Стоимость запроса ${shown} больше допустимой ${MAX_QUERY_COST}: каждый список считается столько раз, сколько документов просит его limit (соединения без limit — ${ANONYMOUS_PAGE_LIMIT}). Уменьшите limit или вложенность. — ` +
    `The query's cost of ${shown} is over the ${MAX_QUERY_COST} allowed: every list counts as many times as the documents its limit asks (a join without a limit as ${ANONYMOUS_PAGE_LIMIT}). Ask for smaller pages or less nesting.`
  )
}

/** What is wrong with `document`, in both languages; nothing if it may run. */
export function queryProblems(
  document: DocumentNode,
  args: Pick<ExecutionArgs, 'schema' | 'variableValues'> & { req?: PayloadRequest },
): string[] {
  const cycle = fragmentCycle(document)
  if (cycle) return [cycleMessage(cycle)]
  const { depth, cost } = measureQuery(document, args.schema, args.variableValues, pagesFor(args.req))
  return [
    ...(depth > MAX_QUERY_DEPTH ? [depthMessage(depth)] : []),
    ...(cost > MAX_QUERY_COST ? [costMessage(cost)] : []),
  ]
}

/**
 * Refuses a query that is too deep, costs too much for the documents it fans out to, or
 * spreads its fragments in a cycle, before anything runs. A refused document is replaced by
 * an empty one for the rules after this one: Payload's own complexity rule follows a fragment
 * cycle until the stack overflows (a 500), and walks an exponential query in full.
 */
export function queryLimitsRule(args: ExecutionArgs): ValidationRule {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  return (context) => ({
    Document: {
      enter(document) {
        const problems = queryProblems(document, {
          schema: context.getSchema(),
          variableValues: args.variableValues,
          req,
        })
        if (problems.length === 0) return undefined
        for (const problem of problems) context.reportError(refusal(problem))
        return EMPTY_DOCUMENT
      },
    },
  })
}

/** Payload's `graphQL.validationRules`. */
export const graphQLValidationRules = (args: ExecutionArgs): ValidationRule[] => [queryLimitsRule(args)]
