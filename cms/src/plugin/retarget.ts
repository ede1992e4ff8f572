import type { Block, Field, Tab } from 'payload'

/** The slug Programma's own fields give the host's upload collection until the plugin points them at it. */
export const DEFAULT_MEDIA_SLUG = 'media'

/** The host's slug for each collection Programma's fields name by Programma's name (media → files). */
export type SlugMap = Readonly<Record<string, string>>

const hostSlug = (slug: string, slugs: SlugMap) => slugs[slug] ?? slug

function retargetBlock(block: Block, slugs: SlugMap): Block {
  return { ...block, fields: retargetRelations(block.fields, slugs) }
}

function retargetTab(tab: Tab, slugs: SlugMap): Tab {
  return { ...tab, fields: retargetRelations(tab.fields, slugs) }
}

function retargetField(field: Field, slugs: SlugMap): Field {
  if (field.type === 'upload' || field.type === 'relationship') {
    const relationTo = Array.isArray(field.relationTo)
      ? field.relationTo.map((slug) => hostSlug(slug, slugs))
      : hostSlug(field.relationTo, slugs)
    return { ...field, relationTo } as Field
  }
  if (field.type === 'join') {
    const collection = Array.isArray(field.collection)
      ? field.collection.map((slug) => hostSlug(slug, slugs))
      : hostSlug(field.collection, slugs)
    return { ...field, collection } as Field
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => retargetTab(tab, slugs)) }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block) => retargetBlock(block, slugs)) }
  }
  if ('fields' in field) return { ...field, fields: retargetRelations(field.fields, slugs) } as Field
  return field
}

/** Programma's relation, upload and join fields, pointed at the host's slugs for what they name. */
export function retargetRelations(fields: Field[], slugs: SlugMap): Field[] {
  if (Object.entries(slugs).every(([from, to]) => from === to)) return fields
  return fields.map((field) => retargetField(field, slugs))
}
