import { DEMO_ACCOUNT_DOMAIN } from '../config/demoAccountDomain'

/** Accounts of the local demo only: the CMS refuses to start in production while they exist. */
export const DEMO_PASSWORD = 'programma-demo'

export const DEMO_ACCOUNTS = [
  { email: `admin@${DEMO_ACCOUNT_DOMAIN}`, name: 'Демо-администратор', role: 'admin' },
  { email: `editor@${DEMO_ACCOUNT_DOMAIN}`, name: 'Демо-редактор', role: 'editor' },
  { email: `curator@${DEMO_ACCOUNT_DOMAIN}`, name: 'Демо-куратор', role: 'curator', forum: 'regiony-2020' },
] as const
