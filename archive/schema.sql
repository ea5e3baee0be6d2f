-- chatvault archive schema, version 2 (see docs/ARCHIVE_SCHEMA.md; archive/migrate.cpp takes a
-- version-1 archive there).
-- Embedded into the library at build time (archive/sources.cmake → schema.cpp); this file is
-- the source of truth. Run once, inside one transaction, on a new empty database.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per import run. finished_at stays NULL if the run never committed (its committed
-- batches stay; re-running the import completes it without duplicates).
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  platform    TEXT NOT NULL,
  label       TEXT NOT NULL,
  imported_at INTEGER NOT NULL,          -- UTC ms when the import began
  finished_at INTEGER,                   -- UTC ms of commit(); NULL: interrupted
  zone        TEXT NOT NULL DEFAULT '',
  counts      TEXT NOT NULL DEFAULT '{}' -- JSON summary of the run, written by commit()
);

-- The manifest: the original files of an import, with their sizes and BLAKE2b-256 hashes.
CREATE TABLE source_files (
  source_id INTEGER NOT NULL REFERENCES sources(id),
  path      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  PRIMARY KEY (source_id, path)
) WITHOUT ROWID;

CREATE TABLE chats (
  id       INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  key      TEXT NOT NULL,
  title    TEXT NOT NULL,
  is_group INTEGER NOT NULL DEFAULT 0,
  zone     TEXT NOT NULL DEFAULT '',
  date_order TEXT NOT NULL DEFAULT '',   -- "dmy" / "mdy" / "ymd" for ambiguous-date sources; else ''
  UNIQUE (platform, key)
);

CREATE TABLE participants (
  id          INTEGER PRIMARY KEY,
  chat_id     INTEGER NOT NULL REFERENCES chats(id),
  name        TEXT NOT NULL,
  platform_id TEXT NOT NULL DEFAULT '',
  is_self     INTEGER NOT NULL DEFAULT 0,
  UNIQUE (chat_id, name, platform_id)
);

-- id = time_ms * 4096 + seq: ORDER BY id is time order (ties in import order), and the FTS
-- rowid is the same id, so newest-first search is FTS5's native rowid order.
CREATE TABLE messages (
  id             INTEGER PRIMARY KEY,
  chat_id        INTEGER NOT NULL REFERENCES chats(id),
  source_id      INTEGER NOT NULL REFERENCES sources(id),
  time_ms        INTEGER NOT NULL,
  offset_min     INTEGER,
  native_time    TEXT NOT NULL,
  sender         TEXT NOT NULL,
  kind           TEXT NOT NULL,
  text           TEXT NOT NULL,
  edited         INTEGER NOT NULL DEFAULT 0,
  deleted        INTEGER NOT NULL DEFAULT 0,
  reply_to       TEXT,
  forwarded_from TEXT,
  location       TEXT,                   -- JSON {lat, lon, label, live}
  poll           TEXT,                   -- JSON {question, options: [{text, votes}]}
  call           TEXT,                   -- JSON {duration_s, missed, video}
  extra          TEXT NOT NULL DEFAULT '{}',
  fingerprint    BLOB NOT NULL,          -- fp2: 17-byte BLOB (or fp1: text), see docs/ARCHIVE_SCHEMA.md
  native_id      TEXT NOT NULL DEFAULT '',  -- the source's message id ('' where it has none); version 2
  sender_id      TEXT NOT NULL DEFAULT '',  -- the sender's platform id ('' where none); version 2
  links          TEXT,                   -- JSON [{url, title}], NULL when none; version 2
  UNIQUE (chat_id, fingerprint)
);
CREATE INDEX messages_by_chat ON messages (chat_id, id);
-- Replies point at a native id: find the message replied to without scanning the chat.
CREATE INDEX messages_by_native_id ON messages (chat_id, native_id) WHERE native_id <> '';

-- Further fingerprints of a stored message: those of the later versions of it (deleted,
-- edited) that updated it, so importing the newer export again finds it too.
CREATE TABLE message_fingerprints (
  chat_id     INTEGER NOT NULL REFERENCES chats(id),
  fingerprint BLOB NOT NULL,             -- stored like messages.fingerprint
  message_id  INTEGER NOT NULL REFERENCES messages(id),
  PRIMARY KEY (chat_id, fingerprint)
) WITHOUT ROWID;

-- Content-addressed media: hash = hex BLAKE2b-256 of the whole content, stored once.
CREATE TABLE blobs (
  hash   TEXT PRIMARY KEY,
  size   INTEGER NOT NULL,
  chunks INTEGER NOT NULL
) WITHOUT ROWID;

-- The bytes, in chunks of at most 1 MiB, seq 0..chunks-1.
CREATE TABLE blob_chunks (
  hash TEXT NOT NULL,
  seq  INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (hash, seq)
);

CREATE TABLE attachments (
  message_id  INTEGER NOT NULL REFERENCES messages(id),
  ordinal     INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size        INTEGER,
  duration_ms INTEGER,
  width       INTEGER,
  height      INTEGER,
  blob_hash   TEXT REFERENCES blobs(hash),  -- NULL: bytes not stored
  missing     INTEGER NOT NULL,             -- 1 exactly when blob_hash is NULL
  PRIMARY KEY (message_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX attachments_by_blob ON attachments (blob_hash);

CREATE TABLE reactions (
  message_id INTEGER NOT NULL REFERENCES messages(id),
  ordinal    INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  emoji      TEXT NOT NULL,
  PRIMARY KEY (message_id, ordinal)
) WITHOUT ROWID;

-- Full-text index over messages(text, sender); external content, rowid = messages.id.
-- A new message is indexed by the import session itself, with its own INSERT right after the
-- message's (no AFTER INSERT trigger: a trigger makes the INSERT a multi-write statement with a
-- statement journal, whose savepoint makes FTS5 flush its pending terms to a new segment for
-- every single message). Deletes and text/sender updates follow by the triggers below.
-- columnsize=0: no %_docsize row per message (bm25 reads the content table; highlight() is unaffected).
CREATE VIRTUAL TABLE messages_fts USING fts5(
  text, sender,
  content = 'messages', content_rowid = 'id', columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Leaves fit a 4096-byte page with 40 reserved bytes.
INSERT INTO messages_fts (messages_fts, rank) VALUES ('pgsz', 3900);
-- An import's pending terms are flushed to a new segment every 8 MiB instead of every 1 MiB:
-- fewer, larger level-0 segments, so less merging per message (the memory is per connection).
INSERT INTO messages_fts (messages_fts, rank) VALUES ('hashsize', 8388608);

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, text, sender) VALUES ('delete', old.id, old.text, old.sender);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF text, sender ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, text, sender) VALUES ('delete', old.id, old.text, old.sender);
  INSERT INTO messages_fts (rowid, text, sender) VALUES (new.id, new.text, new.sender);
END;
