import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql/index.js'

/** How many documents a page of a list is counted as. */
export interface PageSizes {
  /** A page asked without a limit where Payload then fetches everything (pagination off, limit 0, a join). */
  unbounded: number
  /** The largest page the caller is served: a larger limit counts as this. */
  largest: number
}

export interface QueryShape {
  /** The deepest nesting of fields, fragments spread in place. */
  depth: number
  /** Fields resolved, each once per item of every list around it. */
  cost: number
}

type Variables = Readonly<Record<string, unknown>> | null | undefined

/** Payload's page when a collection query gives no limit. */
const DEFAULT_PAGE = 10
/** Arrays, blocks and has-many relationships: how many rows one is counted as. */
const ROWS_ESTIMATE = 10
/** Past this the measure stops: the query is far beyond any limit already. */
const MAX_LEVELS = 64
const BEYOND: QueryShape = { depth: Number.POSITIVE_INFINITY, cost: Number.POSITIVE_INFINITY }
const NOTHING: QueryShape = { depth: 0, cost: 0 }

function spreadNames(selectionSet: SelectionSetNode): string[] {
  const names: string[] = []
  const pending: SelectionNode[] = [...selectionSet.selections]
  for (let selection = pending.pop(); selection; selection = pending.pop()) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
    else if (selection.selectionSet) pending.push(...selection.selectionSet.selections)
  }
  return names
}

/** The fragment names round a cycle of spreads (A spreads B, B spreads A), if there is one. */
export function fragmentCycle(document: DocumentNode): string[] | undefined {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      spreads.set(definition.name.value, spreadNames(definition.selectionSet))
    }
  }
  const finished = new Set<string>()
  for (const start of spreads.keys()) {
    if (finished.has(start)) continue
    // Depth-first without recursion: a long chain of fragments must not overflow the stack.
    const path: Array<{ name: string; next: number }> = [{ name: start, next: 0 }]
    while (path.length > 0) {
      const top = path[path.length - 1] as { name: string; next: number }
      const child = spreads.get(top.name)?.[top.next]
      top.next += 1
      if (child === undefined) {
        finished.add(top.name)
        path.pop()
        continue
      }
      if (!spreads.has(child) || finished.has(child)) continue
      const open = path.findIndex((step) => step.name === child)
      if (open >= 0) return [...path.slice(open).map((step) => step.name), child]
      path.push({ name: child, next: 0 })
    }
  }
  return undefined
}

function fieldsOf(type: GraphQLCompositeType): Record<string, GraphQLField<unknown, unknown>> {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}
}

/** Payload's list answers: `{ docs: [...], totalDocs, … }`, for collections, versions and joins. */
function isPage(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false
  const docs = type.getFields().docs
  return docs !== undefined && isListType(getNullableType(docs.type))
}

/** Payload weighs fields that fetch documents (relationships, uploads, joins) in `complexity`. */
function weightOf(definition: GraphQLField<unknown, unknown>): number {
  const complexity = (definition.extensions as { complexity?: unknown } | undefined)?.complexity
  return typeof complexity === 'number' && complexity > 0 ? complexity : 1
}

function isJoin(definition: GraphQLField<unknown, unknown>): boolean {
  const field = (definition.extensions as { field?: { type?: string } } | undefined)?.field
  return field?.type === 'join'
}

class Measure {
  private readonly fragments = new Map<string, FragmentDefinitionNode>()
  private readonly measured = new Map<string, QueryShape>()

  constructor(
    document: DocumentNode,
    private readonly schema: GraphQLSchema,
    private readonly variables: Variables,
    private readonly pages: PageSizes,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition)
    }
  }

  selectionSet(set: SelectionSetNode, type: GraphQLCompositeType, page: number, level: number): QueryShape {
    if (level > MAX_LEVELS) return BEYOND
    let depth = 0
    let cost = 0
    for (const selection of set.selections) {
      const shape = this.selection(selection, type, page, level)
      depth = Math.max(depth, shape.depth)
      cost += shape.cost
    }
    return { depth, cost }
  }

  private selection(
    selection: SelectionNode,
    type: GraphQLCompositeType,
    page: number,
    level: number,
  ): QueryShape {
    if (selection.kind === Kind.FIELD) return this.field(selection, type, page, level)
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection
    if (!fragment) return NOTHING
    const on = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : type
    if (!on || !isCompositeType(on)) return NOTHING
    if (selection.kind !== Kind.FRAGMENT_SPREAD)
      return this.selectionSet(fragment.selectionSet, on, page, level + 1)
    // A fragment's cost is the same wherever it is spread on a page of one size.
    const key = `${selection.name.value}:${page}`
    const known = this.measured.get(key)
    if (known) return known
    const shape = this.selectionSet(fragment.selectionSet, on, page, level + 1)
    this.measured.set(key, shape)
    return shape
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, page: number, level: number): QueryShape {
    // Introspection reads the schema, never the database (and is refused in production).
    if (node.name.value.startsWith('__')) return { depth: 1, cost: 1 }
    const definition = fieldsOf(parent)[node.name.value]
    if (!definition) return { depth: 1, cost: 1 }
    const weight = weightOf(definition)
    const type = getNamedType(definition.type)
    if (!node.selectionSet || !isCompositeType(type)) return { depth: 1, cost: weight }
    const items = isListType(getNullableType(definition.type))
      ? node.name.value === 'docs'
        ? page
        : ROWS_ESTIMATE
      : 1
    const inner = this.selectionSet(
      node.selectionSet,
      type,
      isPage(type) ? this.pageOf(definition, node) : page,
      level + 1,
    )
    return { depth: inner.depth + 1, cost: weight + items * inner.cost }
  }

  private argument(node: FieldNode, name: string): unknown {
    const argument = node.arguments?.find((candidate) => candidate.name.value === name)
    return argument ? valueFromASTUntyped(argument.value, this.variables ?? undefined) : undefined
  }

  /** How many documents a page asked by this field may hold. */
  private pageOf(definition: GraphQLField<unknown, unknown>, node: FieldNode): number {
    const limit = this.argument(node, 'limit')
    if (this.argument(node, 'pagination') === false) return this.pages.unbounded
    if (typeof limit !== 'number') return isJoin(definition) ? this.pages.unbounded : DEFAULT_PAGE
    if (limit <= 0) return this.pages.unbounded
    return Math.min(limit, this.pages.largest)
  }
}

/**
 * The depth and cost of the costliest operation in `document`: every field counts once per
 * item of each list around it, a list counted by the `limit` it asks (a join's documents
 * each fetch their own), fields that fetch documents by Payload's weight. Fragments must not
 * spread in a cycle (see fragmentCycle); a fragment is measured once.
 */
export function measureQuery(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Variables,
  pages: PageSizes,
): QueryShape {
  const measure = new Measure(document, schema, variables, pages)
  let largest = NOTHING
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root =
      definition.operation === 'query'
        ? schema.getQueryType()
        : definition.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType()
    if (!root) continue
    const shape = measure.selectionSet(definition.selectionSet, root, DEFAULT_PAGE, 0)
    largest = { depth: Math.max(largest.depth, shape.depth), cost: Math.max(largest.cost, shape.cost) }
  }
  return largest
}
