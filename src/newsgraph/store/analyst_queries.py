"""The SQL of what analysts do to a store: identity corrections, actor codes, dyads, exports,
and a dump of every table (the rest of newsgraph's statements are in ``queries``).

Run only by the store's modules of the same names (``corrections``, ``codes``, ``dyads``,
``exports``, ``dump``), named and parameterised as in ``queries``.
"""

from __future__ import annotations

# The events an export takes are those the store lists, in the same date range.
from newsgraph.store.queries import EVENTS_WHERE, in_range

# -- identity corrections (newsgraph merge / split) ---------------------------------------

# Every reference to an actor, repointed from :drop to :keep. Tables whose key holds the
# actor id take OR IGNORE, then lose the rows that were already there for :keep.
MERGE_ACTOR = (
    "UPDATE OR IGNORE actor_names SET actor_id = :keep, by_hand = 1, "
    "evidence = 'merged by hand from actor ' || :drop || ': ' || evidence WHERE actor_id = :drop",
    "DELETE FROM actor_names WHERE actor_id = :drop",
    "UPDATE article_entities SET actor_id = :keep WHERE actor_id = :drop",
    "UPDATE mentions SET actor_id = :keep WHERE actor_id = :drop",
    "UPDATE roles SET actor_id = :keep WHERE actor_id = :drop",
    "UPDATE roles SET of_actor_id = :keep WHERE of_actor_id = :drop",
    "UPDATE quotes SET speaker_actor_id = :keep WHERE speaker_actor_id = :drop",
    "UPDATE OR IGNORE quote_actors SET actor_id = :keep WHERE actor_id = :drop",
    "DELETE FROM quote_actors WHERE actor_id = :drop",
    "UPDATE events SET location_actor_id = :keep WHERE location_actor_id = :drop",
    "UPDATE OR IGNORE event_actors SET actor_id = :keep WHERE actor_id = :drop",
    "DELETE FROM event_actors WHERE actor_id = :drop",
    "DELETE FROM actors WHERE id = :drop",
)

CORRECTION_INSERT = """
INSERT INTO identity_corrections (kind, actor_id, other_id, name, name_key, at)
VALUES (:kind, :actor_id, :other_id, :name, :name_key, :at)
"""

SPLITS = "SELECT name_key, actor_id FROM identity_corrections WHERE kind = 'split'"

ACTOR_NAME_ROWS = "SELECT name FROM actor_names WHERE actor_id = :id"

ACTOR_ENTITY_ROWS = """
SELECT article_id, entity_id, name FROM article_entities WHERE actor_id = :id
"""

ACTOR_MENTION_ROWS = "SELECT id, article_id, entity_id, text FROM mentions WHERE actor_id = :id"

MOVE_NAME = """
UPDATE actor_names SET actor_id = :to, evidence = :evidence
WHERE actor_id = :from AND name = :name
"""

MOVE_ENTITY = """
UPDATE article_entities SET actor_id = :to
WHERE actor_id = :from AND article_id = :article_id AND entity_id = :entity_id
"""

MOVE_ENTITY_ROLES = """
UPDATE roles SET actor_id = :to
WHERE actor_id = :from AND article_id = :article_id AND entity_id = :entity_id
"""

MOVE_MENTION = "UPDATE mentions SET actor_id = :to WHERE id = :id"

# A quote follows its speaker: the speaker's words are one of the moved mentions.
MOVE_SPOKEN = """
UPDATE quotes SET speaker_actor_id = :to
WHERE speaker_actor_id = :from AND id IN (
    SELECT q.id FROM quotes q JOIN mentions m
      ON m.article_id = q.article_id AND m.start < q.speaker_end AND q.speaker_start < m."end"
    WHERE m.id IN (SELECT value FROM json_each(:mention_ids)))
"""

# -- actor codes (store/codes.py) -----------------------------------------------------------

CODE_ACTORS = """
SELECT id, name, type, kb FROM actors WHERE id IN (SELECT value FROM json_each(:ids)) ORDER BY id
"""

# Each role with what the store knows of its owner, oldest report first.
CODE_ROLES = """
SELECT r.actor_id, r.role, r.reported, r.article_id, r.start, r."end",
       coalesce(o.name, r.of_name), o.type, o.kb
FROM roles r LEFT JOIN actors o ON o.id = r.of_actor_id
WHERE r.actor_id IN (SELECT value FROM json_each(:ids))
ORDER BY r.actor_id, r.reported IS NULL, r.reported, r.id
"""

# -- dyads (store/dyads.py) -------------------------------------------------------------------

# Events with their dated bounds, the day they were first reported, who took part (as
# [actor id, role] pairs: participant, actor, target) and the articles behind them.
DYAD_EVENTS = """
SELECT e.id, e.type, e.date, e.earliest, e.latest,
       (SELECT min(a.published) FROM event_sources s JOIN articles a ON a.id = s.article_id
        WHERE s.event_id = e.id) AS reported,
       (SELECT json_group_array(json_array(x.actor_id, x.role)) FROM event_actors x
        WHERE x.event_id = e.id) AS sides,
       (SELECT json_group_array(DISTINCT s.article_id) FROM event_sources s
        WHERE s.event_id = e.id) AS articles
FROM events e
""" + EVENTS_WHERE + """
ORDER BY e.date IS NULL, e.date, e.id
"""

ACTOR_NAMES = """
SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(:ids))
"""

# -- exports (store/exports.py) -----------------------------------------------------------------

# Every field of each event for a flat export, in the order of EVENTS (newest first): its
# actors as EVENT_ACTORS gives them, and its reports as EVENT_SOURCES does (with the
# article's address), first stored first.
EXPORT_EVENTS = """
SELECT e.id, e.date, e.earliest, e.latest, e.date_source, e.type, e.kind, e.status,
       coalesce(l.name, e.location), e.location_actor_id, l.kb,
       (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id),
       (SELECT count(DISTINCT s.family) FROM event_sources s WHERE s.event_id = e.id),
       (SELECT json_group_array(json_array(id, name, type, role)) FROM (
            SELECT a.id, a.name, a.type, x.role FROM event_actors x
            JOIN actors a ON a.id = x.actor_id
            WHERE x.event_id = e.id ORDER BY x.rowid)),
       (SELECT json_group_array(json_array(article_id, title, outlet, published, trigger,
                                           start, "end", sentence, date, date_text,
                                           date_source, family, status, quote_id, url)) FROM (
            SELECT s.article_id, a.title, a.outlet, a.published, s.trigger, s.start, s."end",
                   s.sentence, s.date, s.date_text, s.date_source, s.family, s.status,
                   s.quote_id, a.url
            FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id = e.id ORDER BY s.id))
FROM events e LEFT JOIN actors l ON l.id = e.location_actor_id
""" + EVENTS_WHERE + """
ORDER BY e.date IS NULL, e.date DESC, e.id
"""

# Quotes reported in a date range, by or naming :actor (NULL: all), with the actors named.
EXPORT_QUOTES = """
SELECT q.id, q.article_id, q.start, q."end", q.text, q.kind, q.channel, q.date, q.speaker,
       q.speaker_actor_id,
       (SELECT json_group_array(x.actor_id) FROM quote_actors x WHERE x.quote_id = q.id)
FROM quotes q
WHERE """ + in_range("q.date") + """
  AND (:actor IS NULL OR q.speaker_actor_id = :actor
       OR q.id IN (SELECT quote_id FROM quote_actors WHERE actor_id = :actor))
ORDER BY q.id
"""

# Pairs of actors named in the same articles published in a date range (one with :actor,
# NULL: every pair), with those articles.
EXPORT_CO_OCCURRENCES = """
WITH named AS (SELECT DISTINCT e.article_id, e.actor_id
               FROM article_entities e JOIN articles a ON a.id = e.article_id
               WHERE """ + in_range("a.published") + """)
SELECT x.actor_id, y.actor_id, json_group_array(x.article_id)
FROM named x JOIN named y ON y.article_id = x.article_id AND x.actor_id < y.actor_id
WHERE :actor IS NULL OR :actor IN (x.actor_id, y.actor_id)
GROUP BY x.actor_id, y.actor_id
ORDER BY x.actor_id, y.actor_id
"""

# Actors (all of them when :all) with their other names, the articles naming them and
# how often they are mentioned, take part in reported events and are quoted.
EXPORT_ACTORS = """
SELECT a.id, a.name, a.type, a.kb,
       (SELECT json_group_array(name) FROM (
            SELECT n.name FROM actor_names n
            WHERE n.actor_id = a.id AND n.name != a.name ORDER BY n.rowid)),
       (SELECT json_group_array(article_id) FROM (
            SELECT DISTINCT e.article_id FROM article_entities e WHERE e.actor_id = a.id
            ORDER BY e.article_id)),
       (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id),
       (SELECT count(DISTINCT x.event_id) FROM event_actors x JOIN events v ON v.id = x.event_id
        WHERE x.actor_id = a.id AND v.status = 'reported'),
       (SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = a.id),
       (SELECT json_group_array(json_array(role, "of", reported)) FROM (
            SELECT r.role, coalesce(o.name, r.of_name) AS "of", r.reported
            FROM roles r LEFT JOIN actors o ON o.id = r.of_actor_id
            WHERE r.actor_id = a.id ORDER BY r.reported IS NULL, r.reported, r.id))
FROM actors a
WHERE :all OR a.id IN (SELECT value FROM json_each(:ids))
ORDER BY a.id
"""

EXPORT_ARTICLE_IDS = """
SELECT a.id FROM articles a WHERE """ + in_range("a.published") + """
  AND (:actor IS NULL OR a.id IN (SELECT article_id FROM article_entities
                                  WHERE actor_id = :actor))
ORDER BY a.published IS NULL, a.published, a.id
"""

# Each actor's mentions in each of some articles, as [start, end, text], in text order.
EXPORT_MENTIONS = """
SELECT article_id, actor_id, json_group_array(json_array(start, "end", text)) FROM (
    SELECT article_id, actor_id, start, "end", text FROM mentions
    WHERE article_id IN (SELECT value FROM json_each(:articles))
    ORDER BY article_id, actor_id, start)
GROUP BY article_id, actor_id
ORDER BY article_id, actor_id
"""

# -- a dump of every table, and a store rebuilt from one (store/dump.py) ------------------------

# In the order a rebuilt store must insert them (each after the tables it refers to).
DUMP_TABLES = ("articles", "actors", "actor_names", "article_entities", "mentions", "roles",
               "quotes", "quote_actors", "date_mentions", "events", "event_sources",
               "event_actors", "identity_corrections", "_errors")

TABLE_COLUMNS = "SELECT name FROM pragma_table_info(:table) ORDER BY cid"

TABLE_COUNT = "SELECT count(*) FROM {table}"


def dump_rows(table: str) -> str:
    """Every row of one of DUMP_TABLES, in the order it was stored."""
    if table not in DUMP_TABLES:
        raise ValueError(f"not a table of the dump: {table!r}")
    return f"SELECT * FROM {table} ORDER BY rowid"


def insert_row(table: str, columns: tuple[str, ...]) -> str:
    """An INSERT of named values into one of DUMP_TABLES (``columns`` must be its own)."""
    if table not in DUMP_TABLES or not all(c.replace("_", "").isalnum() for c in columns):
        raise ValueError(f"not a table of the dump: {table!r}")
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + c for c in columns)})"


def count_rows(table: str) -> str:
    if table not in DUMP_TABLES:
        raise ValueError(f"not a table of the dump: {table!r}")
    return TABLE_COUNT.format(table=table)
