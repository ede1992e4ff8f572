import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_editions_v_version_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_stages_order_idx\` ON \`_editions_v_version_stages\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_stages_parent_id_idx\` ON \`_editions_v_version_stages\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_editions_v_version_stages_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v_version_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_editions_v_version_stages_locales_locale_parent_id_unique\` ON \`_editions_v_version_stages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_stages_locales_parent_idx\` ON \`_editions_v_version_stages_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_editions_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_key_figures_order_idx\` ON \`_editions_v_version_key_figures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_key_figures_parent_id_idx\` ON \`_editions_v_version_key_figures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_editions_v_version_key_figures_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v_version_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_editions_v_version_key_figures_locales_locale_parent_id_uni\` ON \`_editions_v_version_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_key_figures_locales_parent_idx\` ON \`_editions_v_version_key_figures_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_editions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_year\` numeric NOT NULL,
  	\`version_format\` text DEFAULT 'hybrid' NOT NULL,
  	\`version_time_zone\` text DEFAULT 'Europe/Moscow',
  	\`version_start_date\` text NOT NULL,
  	\`version_end_date\` text NOT NULL,
  	\`version_platform_url\` text,
  	\`version_updated_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_parent_idx\` ON \`_editions_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_version_slug_idx\` ON \`_editions_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_version_updated_at_idx\` ON \`_editions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_version_version_created_at_idx\` ON \`_editions_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_editions_v_created_at_idx\` ON \`_editions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_updated_at_idx\` ON \`_editions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_theme\` text,
  	\`version_venue\` text,
  	\`version_city\` text,
  	\`version_platform_name\` text,
  	\`version_organisers\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_editions_v_locales_locale_parent_id_unique\` ON \`_editions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_editions_v_locales_parent_idx\` ON \`_editions_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_forums_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_edition_id\` integer NOT NULL,
  	\`version_colour\` text DEFAULT '#1f5fbf',
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forums\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_forums_v_parent_idx\` ON \`_forums_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forums_v_version_version_slug_idx\` ON \`_forums_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_forums_v_version_version_edition_idx\` ON \`_forums_v\` (\`version_edition_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_forums_v_version_version_updated_at_idx\` ON \`_forums_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_forums_v_version_version_created_at_idx\` ON \`_forums_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_forums_v_created_at_idx\` ON \`_forums_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forums_v_updated_at_idx\` ON \`_forums_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_forums_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_description\` text,
  	\`version_organiser\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forums_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_forums_v_locales_locale_parent_id_unique\` ON \`_forums_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_forums_v_locales_parent_idx\` ON \`_forums_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_alleys_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_edition_id\` integer NOT NULL,
  	\`version_kind\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_colour\` text DEFAULT '#2b8a3e',
  	\`version_updated_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alleys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_alleys_v_parent_idx\` ON \`_alleys_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alleys_v_version_version_slug_idx\` ON \`_alleys_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_alleys_v_version_version_edition_idx\` ON \`_alleys_v\` (\`version_edition_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_alleys_v_version_version_updated_at_idx\` ON \`_alleys_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_alleys_v_version_version_created_at_idx\` ON \`_alleys_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_alleys_v_created_at_idx\` ON \`_alleys_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_alleys_v_updated_at_idx\` ON \`_alleys_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_alleys_v_locales\` (
  	\`version_name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_alleys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_alleys_v_locales_locale_parent_id_unique\` ON \`_alleys_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_alleys_v_locales_parent_idx\` ON \`_alleys_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'idle',
  	\`reasons\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`live_since\` text,
  	\`error\` text,
  	\`runner\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`forums\` ADD \`updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`experts\` ADD \`updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` ADD \`version_updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_updated_by\` text;`)
  await db.run(sql`ALTER TABLE \`alleys\` ADD \`updated_by\` text;`)
  await db.run(
    sql`CREATE INDEX \`sessions_participants_locales_parent_idx\` ON \`sessions_participants_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sessions_materials_locales_parent_idx\` ON \`sessions_materials_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`sessions_locales_parent_idx\` ON \`sessions_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_participants_locales_parent_idx\` ON \`_sessions_v_version_participants_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_materials_locales_parent_idx\` ON \`_sessions_v_version_materials_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_locales_parent_idx\` ON \`_sessions_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editions_stages_locales_parent_idx\` ON \`editions_stages_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editions_key_figures_locales_parent_idx\` ON \`editions_key_figures_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`editions_locales_parent_idx\` ON \`editions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forums_locales_parent_idx\` ON \`forums_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_locales_parent_idx\` ON \`experts_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_experts_v_locales_parent_idx\` ON \`_experts_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partners_products_locales_parent_idx\` ON \`partners_products_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partners_contacts_locales_parent_idx\` ON \`partners_contacts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partners_materials_locales_parent_idx\` ON \`partners_materials_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`partners_locales_parent_idx\` ON \`partners_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_products_locales_parent_idx\` ON \`_partners_v_version_products_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_contacts_locales_parent_idx\` ON \`_partners_v_version_contacts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_materials_locales_parent_idx\` ON \`_partners_v_version_materials_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_locales_parent_idx\` ON \`_partners_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`alleys_locales_parent_idx\` ON \`alleys_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_editions_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_stages_locales\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_editions_v\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_forums_v\`;`)
  await db.run(sql`DROP TABLE \`_forums_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_alleys_v\`;`)
  await db.run(sql`DROP TABLE \`_alleys_v_locales\`;`)
  await db.run(sql`DROP TABLE \`site_build\`;`)
  await db.run(sql`DROP INDEX \`sessions_participants_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sessions_materials_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sessions_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_sessions_v_version_participants_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_sessions_v_version_materials_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_sessions_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`editions_stages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`editions_key_figures_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`editions_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`forums_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`experts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_experts_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_products_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_contacts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_materials_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_version_products_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_version_contacts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_version_materials_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`alleys_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`updated_by\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_updated_by\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`updated_by\`;`)
  await db.run(sql`ALTER TABLE \`forums\` DROP COLUMN \`updated_by\`;`)
  await db.run(sql`ALTER TABLE \`experts\` DROP COLUMN \`updated_by\`;`)
  await db.run(sql`ALTER TABLE \`_experts_v\` DROP COLUMN \`version_updated_by\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`updated_by\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` DROP COLUMN \`version_updated_by\`;`)
  await db.run(sql`ALTER TABLE \`alleys\` DROP COLUMN \`updated_by\`;`)
}
