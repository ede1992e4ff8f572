import type { Block, Field, Tab } from 'payload'

/** The slug Programma's own fields give the host's upload collection until the plugin points them at it. */
export const DEFAULT_MEDIA_SLUG = 'media'

function retargetBlock(block: Block, media: string): Block {
  return { ...block, fields: retargetUploads(block.fields, media) }
}

function retargetTab(tab: Tab, media: string): Tab {
  return { ...tab, fields: retargetUploads(tab.fields, media) }
}

function retargetField(field: Field, media: string): Field {
  if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === DEFAULT_MEDIA_SLUG) {
    return { ...field, relationTo: media } as Field
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => retargetTab(tab, media)) }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block) => retargetBlock(block, media)) }
  }
  if ('fields' in field) return { ...field, fields: retargetUploads(field.fields, media) } as Field
  return field
}

/** Programma's upload fields, pointed at the host's upload collection. */
export function retargetUploads(fields: Field[], media: string): Field[] {
  if (media === DEFAULT_MEDIA_SLUG) return fields
  return fields.map((field) => retargetField(field, media))
}
