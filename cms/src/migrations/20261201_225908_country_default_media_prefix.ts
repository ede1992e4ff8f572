import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_experts_locales\` (
  	\`name\` text,
  	\`position\` text,
  	\`organisation\` text,
  	\`city\` text,
  	\`country\` text,
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_experts_locales\`("name", "position", "organisation", "city", "country", "bio", "id", "_locale", "_parent_id") SELECT "name", "position", "organisation", "city", "country", "bio", "id", "_locale", "_parent_id" FROM \`experts_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`experts_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_experts_locales\` RENAME TO \`experts_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`experts_locales_locale_parent_id_unique\` ON \`experts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`experts_locales_parent_idx\` ON \`experts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__experts_v_locales\` (
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_organisation\` text,
  	\`version_city\` text,
  	\`version_country\` text,
  	\`version_bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_experts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__experts_v_locales\`("version_name", "version_position", "version_organisation", "version_city", "version_country", "version_bio", "id", "_locale", "_parent_id") SELECT "version_name", "version_position", "version_organisation", "version_city", "version_country", "version_bio", "id", "_locale", "_parent_id" FROM \`_experts_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_experts_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__experts_v_locales\` RENAME TO \`_experts_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_experts_v_locales_locale_parent_id_unique\` ON \`_experts_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_locales_parent_idx\` ON \`_experts_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_experts_locales\` (
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
    sql`INSERT INTO \`__new_experts_locales\`("name", "position", "organisation", "city", "country", "bio", "id", "_locale", "_parent_id") SELECT "name", "position", "organisation", "city", "country", "bio", "id", "_locale", "_parent_id" FROM \`experts_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`experts_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_experts_locales\` RENAME TO \`experts_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`experts_locales_locale_parent_id_unique\` ON \`experts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`experts_locales_parent_idx\` ON \`experts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__experts_v_locales\` (
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
    sql`INSERT INTO \`__new__experts_v_locales\`("version_name", "version_position", "version_organisation", "version_city", "version_country", "version_bio", "id", "_locale", "_parent_id") SELECT "version_name", "version_position", "version_organisation", "version_city", "version_country", "version_bio", "id", "_locale", "_parent_id" FROM \`_experts_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_experts_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__experts_v_locales\` RENAME TO \`_experts_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_experts_v_locales_locale_parent_id_unique\` ON \`_experts_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_experts_v_locales_parent_idx\` ON \`_experts_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}
