/** Accounts the local demo creates; they must never exist on a real deployment. */
export const DEMO_ACCOUNT_DOMAIN = 'demo.programma.local'
