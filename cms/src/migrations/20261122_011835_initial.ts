import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sessions_participants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`expert_id\` integer,
  	\`role\` text DEFAULT 'speaker',
  	FOREIGN KEY (\`expert_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`sessions_participants_order_idx\` ON \`sessions_participants\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sessions_participants_parent_id_idx\` ON \`sessions_participants\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sessions_participants_expert_idx\` ON \`sessions_participants\` (\`expert_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`sessions_participants_locales\` (
  	\`topic\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`sessions_participants_locales_locale_parent_id_unique\` ON \`sessions_participants_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`sessions_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`partner_id\` integer,
  	\`role\` text DEFAULT 'organiser',
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_partners_order_idx\` ON \`sessions_partners\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`sessions_partners_parent_id_idx\` ON \`sessions_partners\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`sessions_partners_partner_idx\` ON \`sessions_partners\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_audiences_order_idx\` ON \`sessions_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_audiences_parent_idx\` ON \`sessions_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_topics_order_idx\` ON \`sessions_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_topics_parent_idx\` ON \`sessions_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_materials_order_idx\` ON \`sessions_materials\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`sessions_materials_parent_id_idx\` ON \`sessions_materials\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`sessions_materials_file_idx\` ON \`sessions_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`sessions_materials_locales_locale_parent_id_unique\` ON \`sessions_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Moscow',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Moscow',
  	\`format\` text DEFAULT 'panel',
  	\`language\` text DEFAULT 'ru',
  	\`place_online\` integer DEFAULT true,
  	\`registration_url\` text,
  	\`stream_provider\` text,
  	\`stream_url\` text,
  	\`recording_provider\` text,
  	\`recording_url\` text,
  	\`recording_duration_minutes\` numeric,
  	\`recording_published_at\` text,
  	\`recording_publishedat_tz\` text DEFAULT 'Europe/Moscow',
  	\`recording_not_recorded\` integer,
  	\`edition_id\` integer,
  	\`forum_id\` integer,
  	\`stage\` text,
  	\`slug\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`previous_start\` text,
  	\`revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forum_id\`) REFERENCES \`forums\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_start_idx\` ON \`sessions\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_forum_idx\` ON \`sessions\` (\`forum_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`sessions_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`place_hall\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`sessions_locales_locale_parent_id_unique\` ON \`sessions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_participants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`expert_id\` integer,
  	\`role\` text DEFAULT 'speaker',
  	\`_uuid\` text,
  	FOREIGN KEY (\`expert_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_participants_order_idx\` ON \`_sessions_v_version_participants\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_participants_parent_id_idx\` ON \`_sessions_v_version_participants\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_participants_expert_idx\` ON \`_sessions_v_version_participants\` (\`expert_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_participants_locales\` (
  	\`topic\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_version_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_sessions_v_version_participants_locales_locale_parent_id_un\` ON \`_sessions_v_version_participants_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`partner_id\` integer,
  	\`role\` text DEFAULT 'organiser',
  	\`_uuid\` text,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_partners_order_idx\` ON \`_sessions_v_version_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_partners_parent_id_idx\` ON \`_sessions_v_version_partners\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_partners_partner_idx\` ON \`_sessions_v_version_partners\` (\`partner_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_audiences_order_idx\` ON \`_sessions_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_audiences_parent_idx\` ON \`_sessions_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_topics_order_idx\` ON \`_sessions_v_version_topics\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_topics_parent_idx\` ON \`_sessions_v_version_topics\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_materials_order_idx\` ON \`_sessions_v_version_materials\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_materials_parent_id_idx\` ON \`_sessions_v_version_materials\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_materials_file_idx\` ON \`_sessions_v_version_materials\` (\`file_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v_version_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_sessions_v_version_materials_locales_locale_parent_id_uniqu\` ON \`_sessions_v_version_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_sessions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Moscow',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Moscow',
  	\`version_format\` text DEFAULT 'panel',
  	\`version_language\` text DEFAULT 'ru',
  	\`version_place_online\` integer DEFAULT true,
  	\`version_registration_url\` text,
  	\`version_stream_provider\` text,
  	\`version_stream_url\` text,
  	\`version_recording_provider\` text,
  	\`version_recording_url\` text,
  	\`version_recording_duration_minutes\` numeric,
  	\`version_recording_published_at\` text,
  	\`version_recording_publishedat_tz\` text DEFAULT 'Europe/Moscow',
  	\`version_recording_not_recorded\` integer,
  	\`version_edition_id\` integer,
  	\`version_forum_id\` integer,
  	\`version_stage\` text,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_previous_start\` text,
  	\`version_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forum_id\`) REFERENCES \`forums\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_parent_idx\` ON \`_sessions_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version_start_idx\` ON \`_sessions_v\` (\`version_start\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version_edition_idx\` ON \`_sessions_v\` (\`version_edition_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version_forum_idx\` ON \`_sessions_v\` (\`version_forum_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version_slug_idx\` ON \`_sessions_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version_updated_at_idx\` ON \`_sessions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version_created_at_idx\` ON \`_sessions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_sessions_v_version_version__status_idx\` ON \`_sessions_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_sessions_v_created_at_idx\` ON \`_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_updated_at_idx\` ON \`_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_snapshot_idx\` ON \`_sessions_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_sessions_v_published_locale_idx\` ON \`_sessions_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_sessions_v_latest_idx\` ON \`_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_place_hall\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_sessions_v_locales_locale_parent_id_unique\` ON \`_sessions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`editions_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_stages_order_idx\` ON \`editions_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_stages_parent_id_idx\` ON \`editions_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_stages_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`editions_stages_locales_locale_parent_id_unique\` ON \`editions_stages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`editions_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_key_figures_order_idx\` ON \`editions_key_figures\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`editions_key_figures_parent_id_idx\` ON \`editions_key_figures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`editions_key_figures_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`editions_key_figures_locales_locale_parent_id_unique\` ON \`editions_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`editions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`year\` numeric NOT NULL,
  	\`format\` text DEFAULT 'hybrid' NOT NULL,
  	\`time_zone\` text DEFAULT 'Europe/Moscow',
  	\`start_date\` text NOT NULL,
  	\`end_date\` text NOT NULL,
  	\`platform_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_slug_idx\` ON \`editions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`editions_updated_at_idx\` ON \`editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editions_created_at_idx\` ON \`editions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editions_locales\` (
  	\`title\` text NOT NULL,
  	\`theme\` text,
  	\`venue\` text,
  	\`city\` text,
  	\`platform_name\` text,
  	\`organisers\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`editions_locales_locale_parent_id_unique\` ON \`editions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`forums\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`edition_id\` integer NOT NULL,
  	\`colour\` text DEFAULT '#1f5fbf',
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forums_slug_idx\` ON \`forums\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forums_edition_idx\` ON \`forums\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`forums_updated_at_idx\` ON \`forums\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forums_created_at_idx\` ON \`forums\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`forums_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`organiser\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forums\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`forums_locales_locale_parent_id_unique\` ON \`forums_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`experts_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_links_order_idx\` ON \`experts_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`experts_links_parent_id_idx\` ON \`experts_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`experts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`photo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`experts_slug_idx\` ON \`experts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`experts_photo_idx\` ON \`experts\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_updated_at_idx\` ON \`experts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`experts_created_at_idx\` ON \`experts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`experts__status_idx\` ON \`experts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`experts_locales\` (
  	\`name\` text,
  	\`position\` text,
  	\`organisation\` text,
  	\`city\` text,
  	\`country\` text DEFAULT 'Россия',
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`experts_locales_locale_parent_id_unique\` ON \`experts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_experts_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_experts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_links_order_idx\` ON \`_experts_v_version_links\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_links_parent_id_idx\` ON \`_experts_v_version_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_experts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_photo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_experts_v_parent_idx\` ON \`_experts_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_version_slug_idx\` ON \`_experts_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_version_photo_idx\` ON \`_experts_v\` (\`version_photo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_version_updated_at_idx\` ON \`_experts_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_version_created_at_idx\` ON \`_experts_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_version_version__status_idx\` ON \`_experts_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_experts_v_created_at_idx\` ON \`_experts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_updated_at_idx\` ON \`_experts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_snapshot_idx\` ON \`_experts_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_experts_v_published_locale_idx\` ON \`_experts_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_experts_v_latest_idx\` ON \`_experts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_experts_v_locales\` (
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_organisation\` text,
  	\`version_city\` text,
  	\`version_country\` text DEFAULT 'Россия',
  	\`version_bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_experts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_experts_v_locales_locale_parent_id_unique\` ON \`_experts_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_products_order_idx\` ON \`partners_products\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`partners_products_parent_id_idx\` ON \`partners_products\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners_products_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partners_products_locales_locale_parent_id_unique\` ON \`partners_products_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_contacts_order_idx\` ON \`partners_contacts\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`partners_contacts_parent_id_idx\` ON \`partners_contacts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners_contacts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partners_contacts_locales_locale_parent_id_unique\` ON \`partners_contacts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_materials_order_idx\` ON \`partners_materials\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`partners_materials_parent_id_idx\` ON \`partners_materials\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`partners_materials_file_idx\` ON \`partners_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partners_materials_locales_locale_parent_id_unique\` ON \`partners_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`logo_id\` integer,
  	\`kind\` text DEFAULT 'company',
  	\`level\` text DEFAULT 'exhibitor',
  	\`website\` text,
  	\`video_presentation\` text,
  	\`stand_number\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partners__status_idx\` ON \`partners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`stand_alley\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`editions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_rels_order_idx\` ON \`partners_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_parent_idx\` ON \`partners_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_path_idx\` ON \`partners_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_editions_id_idx\` ON \`partners_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_version_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_products_order_idx\` ON \`_partners_v_version_products\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_products_parent_id_idx\` ON \`_partners_v_version_products\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v_version_products_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v_version_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partners_v_version_products_locales_locale_parent_id_unique\` ON \`_partners_v_version_products_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_contacts_order_idx\` ON \`_partners_v_version_contacts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_contacts_parent_id_idx\` ON \`_partners_v_version_contacts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v_version_contacts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v_version_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partners_v_version_contacts_locales_locale_parent_id_unique\` ON \`_partners_v_version_contacts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_materials_order_idx\` ON \`_partners_v_version_materials\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_materials_parent_id_idx\` ON \`_partners_v_version_materials\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_materials_file_idx\` ON \`_partners_v_version_materials\` (\`file_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v_version_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partners_v_version_materials_locales_locale_parent_id_uniqu\` ON \`_partners_v_version_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_logo_id\` integer,
  	\`version_kind\` text DEFAULT 'company',
  	\`version_level\` text DEFAULT 'exhibitor',
  	\`version_website\` text,
  	\`version_video_presentation\` text,
  	\`version_stand_number\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_parent_idx\` ON \`_partners_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_slug_idx\` ON \`_partners_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_logo_idx\` ON \`_partners_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_updated_at_idx\` ON \`_partners_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_created_at_idx\` ON \`_partners_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version__status_idx\` ON \`_partners_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_partners_v_created_at_idx\` ON \`_partners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_updated_at_idx\` ON \`_partners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_snapshot_idx\` ON \`_partners_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_published_locale_idx\` ON \`_partners_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_partners_v_latest_idx\` ON \`_partners_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_stand_alley\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partners_v_locales_locale_parent_id_unique\` ON \`_partners_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`editions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_order_idx\` ON \`_partners_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_parent_idx\` ON \`_partners_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_path_idx\` ON \`_partners_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_rels_editions_id_idx\` ON \`_partners_v_rels\` (\`editions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_portrait_url\` text,
  	\`sizes_portrait_width\` numeric,
  	\`sizes_portrait_height\` numeric,
  	\`sizes_portrait_mime_type\` text,
  	\`sizes_portrait_filesize\` numeric,
  	\`sizes_portrait_filename\` text,
  	\`sizes_logo_url\` text,
  	\`sizes_logo_width\` numeric,
  	\`sizes_logo_height\` numeric,
  	\`sizes_logo_mime_type\` text,
  	\`sizes_logo_filesize\` numeric,
  	\`sizes_logo_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_portrait_sizes_portrait_filename_idx\` ON \`media\` (\`sizes_portrait_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_logo_sizes_logo_filename_idx\` ON \`media\` (\`sizes_logo_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`forums_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forums_id\`) REFERENCES \`forums\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_forums_id_idx\` ON \`users_rels\` (\`forums_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sessions_id\` integer,
  	\`editions_id\` integer,
  	\`forums_id\` integer,
  	\`experts_id\` integer,
  	\`partners_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forums_id\`) REFERENCES \`forums\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_forums_id_idx\` ON \`payload_locked_documents_rels\` (\`forums_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_experts_id_idx\` ON \`payload_locked_documents_rels\` (\`experts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sessions_participants\`;`)
  await db.run(sql`DROP TABLE \`sessions_participants_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_partners\`;`)
  await db.run(sql`DROP TABLE \`sessions_audiences\`;`)
  await db.run(sql`DROP TABLE \`sessions_topics\`;`)
  await db.run(sql`DROP TABLE \`sessions_materials\`;`)
  await db.run(sql`DROP TABLE \`sessions_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_participants\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_participants_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`editions_stages\`;`)
  await db.run(sql`DROP TABLE \`editions_stages_locales\`;`)
  await db.run(sql`DROP TABLE \`editions_key_figures\`;`)
  await db.run(sql`DROP TABLE \`editions_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`editions\`;`)
  await db.run(sql`DROP TABLE \`editions_locales\`;`)
  await db.run(sql`DROP TABLE \`forums\`;`)
  await db.run(sql`DROP TABLE \`forums_locales\`;`)
  await db.run(sql`DROP TABLE \`experts_links\`;`)
  await db.run(sql`DROP TABLE \`experts\`;`)
  await db.run(sql`DROP TABLE \`experts_locales\`;`)
  await db.run(sql`DROP TABLE \`_experts_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_experts_v\`;`)
  await db.run(sql`DROP TABLE \`_experts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_products\`;`)
  await db.run(sql`DROP TABLE \`partners_products_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_contacts\`;`)
  await db.run(sql`DROP TABLE \`partners_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_materials\`;`)
  await db.run(sql`DROP TABLE \`partners_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_rels\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_products\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_products_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_contacts\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
