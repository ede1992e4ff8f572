import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The C3VOC schemas and the frab XSD the exports are validated against (see standards/README.md). */
export const C3VOC_STANDARDS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../standards/c3voc',
)

export const C3VOC_STANDARDS = {
  scheduleJson: path.join(C3VOC_STANDARDS_DIR, 'schedule.schema.json'),
  schedule2Json: path.join(C3VOC_STANDARDS_DIR, 'schedule2.schema.json'),
  frabXsd: path.join(C3VOC_STANDARDS_DIR, 'schedule.xml.xsd'),
  pretalxExample: path.join(C3VOC_STANDARDS_DIR, 'example-pretalx-democon.json'),
} as const
