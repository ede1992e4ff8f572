/**
 * What UIDs and GUIDs are made of: the production address, even when a preview's links point
 * elsewhere, so a calendar or schedule app never sees one session as two. The site's address
 * when no separate one is given.
 */
export interface AddressedOutput {
  /** The address the output's links point at. */
  site: URL
  /** The production address, for identifiers; `site` when absent. */
  identity?: URL | undefined
}

export function identityAddress(output: AddressedOutput): URL {
  return output.identity ?? output.site
}
