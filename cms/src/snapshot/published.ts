/** What is published, by id: a snapshot item refers only to published items. */
export interface Published {
  /** Each published edition's zone, by its id. */
  editions: Map<string, string>
  alleys: Set<string>
  forums: Set<string>
  experts: Set<string>
  partners: Set<string>
  media: Set<string>
}
