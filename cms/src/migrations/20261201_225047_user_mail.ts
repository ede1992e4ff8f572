import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invitation_status\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invitation_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invitation_failure\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invitation_status\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invitation_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invitation_failure\`;`)
}
