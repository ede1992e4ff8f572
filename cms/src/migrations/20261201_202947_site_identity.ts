import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_identity_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel\` text NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_identity\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_identity_contacts_order_idx\` ON \`site_identity_contacts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_identity_contacts_parent_id_idx\` ON \`site_identity_contacts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_identity_contacts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_identity_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_identity_contacts_locales_locale_parent_id_unique\` ON \`site_identity_contacts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_identity_contacts_locales_parent_idx\` ON \`site_identity_contacts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_identity\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`logo_id\` integer,
  	\`primary_colour\` text DEFAULT '#1d3b6f' NOT NULL,
  	\`accent_colour\` text DEFAULT '#f2c230' NOT NULL,
  	\`registration_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_identity_logo_idx\` ON \`site_identity\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`site_identity_locales\` (
  	\`name\` text NOT NULL,
  	\`organiser\` text,
  	\`footer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_identity\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_identity_locales_locale_parent_id_unique\` ON \`site_identity_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_identity_locales_parent_idx\` ON \`site_identity_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_identity_contacts\`;`)
  await db.run(sql`DROP TABLE \`site_identity_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`site_identity\`;`)
  await db.run(sql`DROP TABLE \`site_identity_locales\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
