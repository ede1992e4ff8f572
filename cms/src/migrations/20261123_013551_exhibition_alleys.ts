import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveStandsToAlleys } from '../dataMigrations/standAlleys'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`alleys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`edition_id\` integer NOT NULL,
  	\`kind\` text,
  	\`order\` numeric DEFAULT 0,
  	\`colour\` text DEFAULT '#2b8a3e',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alleys_slug_idx\` ON \`alleys\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`alleys_edition_idx\` ON \`alleys\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`alleys_updated_at_idx\` ON \`alleys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alleys_created_at_idx\` ON \`alleys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alleys_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alleys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`alleys_locales_locale_parent_id_unique\` ON \`alleys_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`partners\` ADD \`stand_alley_id\` integer REFERENCES alleys(id);`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`stand_position\` numeric;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`stand_size\` text DEFAULT 'medium';`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`stand_featured\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`partners_stand_stand_alley_idx\` ON \`partners\` (\`stand_alley_id\`);`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_stand_alley_id\` integer REFERENCES alleys(id);`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_stand_position\` numeric;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_stand_size\` text DEFAULT 'medium';`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_stand_featured\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_stand_version_stand_alley_idx\` ON \`_partners_v\` (\`version_stand_alley_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alleys_id\` integer REFERENCES alleys(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_alleys_id_idx\` ON \`payload_locked_documents_rels\` (\`alleys_id\`);`,
  )
  await moveStandsToAlleys(db)
  await db.run(sql`ALTER TABLE \`partners_locales\` DROP COLUMN \`stand_alley\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v_locales\` DROP COLUMN \`version_stand_alley\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`alleys\`;`)
  await db.run(sql`DROP TABLE \`alleys_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_partners\` (
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
  await db.run(
    sql`INSERT INTO \`__new_partners\`("id", "slug", "logo_id", "kind", "level", "website", "video_presentation", "stand_number", "updated_at", "created_at", "_status") SELECT "id", "slug", "logo_id", "kind", "level", "website", "video_presentation", "stand_number", "updated_at", "created_at", "_status" FROM \`partners\`;`,
  )
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_partners\` RENAME TO \`partners\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partners__status_idx\` ON \`partners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__partners_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__partners_v\`("id", "parent_id", "version_slug", "version_logo_id", "version_kind", "version_level", "version_website", "version_video_presentation", "version_stand_number", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_logo_id", "version_kind", "version_level", "version_website", "version_video_presentation", "version_stand_number", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_partners_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_partners_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__partners_v\` RENAME TO \`_partners_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sessions_id", "editions_id", "forums_id", "experts_id", "partners_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "sessions_id", "editions_id", "forums_id", "experts_id", "partners_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
  await db.run(sql`ALTER TABLE \`partners_locales\` ADD \`stand_alley\` text;`)
  await db.run(sql`ALTER TABLE \`_partners_v_locales\` ADD \`version_stand_alley\` text;`)
}
