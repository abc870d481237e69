"""The store's schema as numbered migrations, applied in order and recorded in ``schema_version``.

A migration is ``(version, description, [SQL statements])``. Never edit a released migration: add a
new one. :func:`eventwire.store.open_store` (read-write) applies the missing ones in one transaction;
a read-only open of an older file raises :class:`~eventwire.errors.StoreVersionError`.
"""
from __future__ import annotations

_ENTITY = 'STRUCT(entity_text VARCHAR, code VARCHAR, sector VARCHAR, name VARCHAR, "start" BIGINT, "end" BIGINT)'
#: The entity struct from migration 4 on (``source`` added).
_ENTITY4 = ('STRUCT(entity_text VARCHAR, code VARCHAR, sector VARCHAR, name VARCHAR, "start" BIGINT, "end" BIGINT, '
            '"source" VARCHAR)')

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, stories, mentions, events, quotes, runs", [
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, text VARCHAR NOT NULL,
            publication_date VARCHAR, url VARCHAR, outlet VARCHAR, path VARCHAR, language VARCHAR,
            meta VARCHAR)""",
        # a story is one text (content hash); each article/URL that carried it is a mention
        """CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, title VARCHAR,
            publication_date VARCHAR)""",
        """CREATE TABLE mentions (
            mention_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
            url VARCHAR, outlet VARCHAR, publication_date VARCHAR)""",
        f"""CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, event VARCHAR NOT NULL, mode VARCHAR,
            context VARCHAR[], actor {_ENTITY}[], recipient {_ENTITY}[], negated BOOLEAN NOT NULL,
            status VARCHAR NOT NULL, reported BOOLEAN NOT NULL, sources VARCHAR[], date VARCHAR,
            date_basis VARCHAR, event_text VARCHAR, text_info VARCHAR, cameo VARCHAR, quad_class INTEGER,
            goldstein DOUBLE, plover_score DOUBLE, event_loc VARCHAR, coder VARCHAR,
            event_date DATE, actor_code VARCHAR, actor_sector VARCHAR, recipient_code VARCHAR,
            recipient_sector VARCHAR, trigger_start BIGINT, trigger_end BIGINT, sentence VARCHAR)""",
        f"""CREATE TABLE quotes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, text VARCHAR, "start" BIGINT, "end" BIGINT,
            speaker VARCHAR, speaker_entity {_ENTITY})""",
        """CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY, coder VARCHAR, documents INTEGER, coded INTEGER, skipped INTEGER,
            failed INTEGER, events INTEGER, quotes INTEGER, reports VARCHAR, written_at TIMESTAMP)""",
    ]),
    (2, "analyst views: events_flat (one row per event, first actor/recipient, article url/title)", [
        """CREATE VIEW events_flat AS
            SELECT e.id, e.event_date, e.date, e.event, e.mode, e.quad_class, e.plover_score, e.goldstein,
                   e.actor_code, e.actor_sector, e.recipient_code, e.recipient_sector, e.negated, e.status,
                   e.reported, e.event_text, e.article_id, a.title AS article_title, a.url AS article_url,
                   a.publication_date
            FROM events e LEFT JOIN articles a ON a.id = e.article_id""",
    ]),
    (3, "monitoring: event clusters and corroboration counts, alerts, follow state", [
        # corroboration (docs/corroboration.md): every event's cluster and its counts
        "ALTER TABLE events ADD COLUMN cluster_id VARCHAR",
        "ALTER TABLE events ADD COLUMN num_mentions INTEGER",
        "ALTER TABLE events ADD COLUMN num_articles INTEGER",
        "ALTER TABLE events ADD COLUMN num_sources INTEGER",
        """CREATE TABLE clusters (
            cluster_id VARCHAR PRIMARY KEY, event VARCHAR, founder VARCHAR, first_date VARCHAR,
            last_date VARCHAR, events INTEGER, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
            outlets VARCHAR[], source_outlets VARCHAR[], articles VARCHAR[], updated_at TIMESTAMP)""",
        # watch-rule alerts (eventwire alerts, follow --rules): one row per firing
        """CREATE TABLE alerts (
            id VARCHAR PRIMARY KEY, rule VARCHAR NOT NULL, severity VARCHAR, cluster_id VARCHAR, event_id VARCHAR,
            level INTEGER, reason VARCHAR, event VARCHAR, num_sources INTEGER, num_mentions INTEGER,
            num_articles INTEGER, outlets VARCHAR[], evidence VARCHAR, fired_at TIMESTAMP, delivery VARCHAR)""",
        # eventwire follow: what each feed said last (conditional requests) and every item seen
        """CREATE TABLE follow_feeds (
            url VARCHAR PRIMARY KEY, outlet VARCHAR, title VARCHAR, kind VARCHAR, etag VARCHAR,
            last_modified VARCHAR, last_status VARCHAR, last_error VARCHAR, failures INTEGER, polls INTEGER,
            last_poll TIMESTAMP, last_success TIMESTAMP)""",
        """CREATE TABLE follow_items (
            item_id VARCHAR PRIMARY KEY, seq BIGINT, feed_url VARCHAR, url VARCHAR, entry VARCHAR,
            state VARCHAR NOT NULL, attempts INTEGER, article_id VARCHAR, reason VARCHAR, first_seen TIMESTAMP,
            updated_at TIMESTAMP)""",
        """CREATE OR REPLACE VIEW events_flat AS
            SELECT e.id, e.event_date, e.date, e.event, e.mode, e.quad_class, e.plover_score, e.goldstein,
                   e.actor_code, e.actor_sector, e.recipient_code, e.recipient_sector, e.negated, e.status,
                   e.reported, e.event_text, e.article_id, a.title AS article_title, a.url AS article_url,
                   a.publication_date, e.cluster_id, e.num_mentions, e.num_articles, e.num_sources
            FROM events e LEFT JOIN articles a ON a.id = e.article_id""",
    ]),
    (4, "actor entities: source (which table or rule coded the actor; issue 12)", [
        f"ALTER TABLE events ALTER actor TYPE {_ENTITY4}[] USING "
        "list_transform(actor, lambda x: struct_insert(x, source := NULL::VARCHAR))",
        f"ALTER TABLE events ALTER recipient TYPE {_ENTITY4}[] USING "
        "list_transform(recipient, lambda x: struct_insert(x, source := NULL::VARCHAR))",
        f"ALTER TABLE quotes ALTER speaker_entity TYPE {_ENTITY4} USING "
        "CASE WHEN speaker_entity IS NULL THEN NULL ELSE struct_insert(speaker_entity, source := NULL::VARCHAR) END",
    ]),
]

LATEST = MIGRATIONS[-1][0]
