"""Every SQL statement newsgraph runs, named and parameterised (``:name`` placeholders).

The CLI, the web app and the Python API reach the database only through ``Store``, whose
methods run these; no SQL lives anywhere else (the schema itself is in ``migrations.py``,
and the statements of identity corrections, codes, dyads, exports and dumps in
``analyst_queries.py``).
Lists are passed as JSON arrays and unpacked with ``json_each``.
"""

from __future__ import annotations

# -- connection -----------------------------------------------------------------------------

BUSY_TIMEOUT_MS = 5_000

PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    # In WAL mode a commit then waits for no fsync (checkpoints still do): a killed process
    # loses nothing committed, a power cut at most the last commits, never the database's
    # consistency. A commit per article with fsync cost 0.05-1 s per 200 articles here.
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
)

# -- migrations ---------------------------------------------------------------------------

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)
"""

MIGRATIONS_APPLIED = "SELECT name FROM _migrations"

MIGRATION_RECORD = "INSERT INTO _migrations (name, applied_at) VALUES (:name, :at)"

# -- writing an article -------------------------------------------------------------------

ARTICLE_EXISTS = "SELECT 1 FROM articles WHERE id = :id"

ARTICLE_ACTOR_COUNT = """
SELECT count(DISTINCT actor_id) FROM article_entities WHERE article_id = :id
"""

ARTICLE_INSERT = """
INSERT INTO articles (id, path, url, title, published, outlet, authors, dateline, language,
                      text, dropped, record, ingested_at)
VALUES (:id, :path, :url, :title, :published, :outlet, :authors, :dateline, :language,
        :text, :dropped, :record, :ingested_at)
"""

# Actors of one of :types with a name sharing a name, surname or variant key (people)...
ACTOR_CANDIDATES = """
SELECT a.id, a.type, a.name, json_group_array(n.name) AS names, a.kb,
       json_group_array(CASE WHEN n.by_hand THEN n.name END) AS confirmed
FROM actors a JOIN actor_names n ON n.actor_id = a.id
WHERE a.id IN (
    SELECT actor_id FROM actor_names
    WHERE name_key IN (SELECT value FROM json_each(:keys))
       OR surname_key IN (SELECT value FROM json_each(:surnames))
       OR variant_key IN (SELECT value FROM json_each(:variants))
) AND a.type IN (SELECT value FROM json_each(:types))
GROUP BY a.id
ORDER BY a.id
"""

# ... or a variant key alone (every other type: identity compares nothing else for them).
ACTOR_CANDIDATES_BY_VARIANT = """
SELECT a.id, a.type, a.name, json_group_array(n.name) AS names, a.kb,
       json_group_array(CASE WHEN n.by_hand THEN n.name END) AS confirmed
FROM actors a JOIN actor_names n ON n.actor_id = a.id
WHERE a.id IN (
    SELECT actor_id FROM actor_names WHERE variant_key IN (SELECT value FROM json_each(:variants))
) AND a.type IN (SELECT value FROM json_each(:types))
GROUP BY a.id
ORDER BY a.id
"""

ACTOR_GET = "SELECT id, name, type, kb FROM actors WHERE id = :id"

ACTOR_INSERT = """
INSERT INTO actors (name, type, kb, created_at) VALUES (:name, :type, :kb, :created_at)
"""

ACTOR_UPDATE = "UPDATE actors SET name = :name, kb = :kb WHERE id = :id"

ACTOR_NAME_INSERT = """
INSERT OR IGNORE INTO actor_names
    (actor_id, name, name_key, surname_key, folded, evidence, article_id, variant_key)
VALUES (:actor_id, :name, :name_key, :surname_key, :folded, :evidence, :article_id,
        :variant_key)
"""

ARTICLE_ENTITY_INSERT = """
INSERT INTO article_entities (article_id, entity_id, actor_id, name, type, evidence)
VALUES (:article_id, :entity_id, :actor_id, :name, :type, :evidence)
"""

MENTION_INSERT = """
INSERT INTO mentions (article_id, entity_id, actor_id, start, "end", text)
VALUES (:article_id, :entity_id, :actor_id, :start, :end, :text)
"""

ROLE_INSERT = """
INSERT INTO roles (actor_id, article_id, entity_id, role, of_actor_id, of_name, start, "end",
                   reported)
VALUES (:actor_id, :article_id, :entity_id, :role, :of_actor_id, :of_name, :start, :end,
        :reported)
"""

QUOTE_INSERT = """
INSERT INTO quotes (article_id, start, "end", text, kind, cue, channel, via, speaker,
                    speaker_start, speaker_end, speaker_actor_id, date)
VALUES (:article_id, :start, :end, :text, :kind, :cue, :channel, :via, :speaker,
        :speaker_start, :speaker_end, :speaker_actor_id, :date)
"""

QUOTE_ACTOR_INSERT = """
INSERT OR IGNORE INTO quote_actors (quote_id, actor_id) VALUES (:quote_id, :actor_id)
"""

DATE_MENTION_INSERT = """
INSERT INTO date_mentions (article_id, start, "end", text, value, type, earliest, latest,
                           function)
VALUES (:article_id, :start, :end, :text, :value, :type, :earliest, :latest, :function)
"""

ERROR_INSERT = """
INSERT INTO _errors (origin, kind, message, hint, at) VALUES (:origin, :kind, :message, :hint, :at)
"""

# -- articles -----------------------------------------------------------------------------

_ARTICLE_ROW = """
SELECT a.id, a.title, a.published, a.outlet, a.authors, a.path, a.url,
       (SELECT count(*) FROM article_entities e WHERE e.article_id = a.id) AS entities
FROM articles a
"""

# An ISO prefix (2025, 2025-10, 2025-10-21...) :col lies in [:from, :to] when it does not
# end before :from and does not start after :to; NULL bounds are open.
def in_range(column: str) -> str:
    return (f"(:from IS NULL OR {column} >= substr(:from, 1, length({column}))) "
            f"AND (:to IS NULL OR substr({column}, 1, length(:to)) <= :to)")


_NEWEST_FIRST = """
ORDER BY a.published IS NULL, a.published DESC, a.ingested_at DESC, a.id
LIMIT :limit OFFSET :offset
"""

_IN_DATES = "(" + in_range("a.published") + ")"

ARTICLES = _ARTICLE_ROW + "WHERE " + _IN_DATES + _NEWEST_FIRST

ARTICLES_SEARCH = (
    _ARTICLE_ROW
    + "WHERE a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH :match)"
    + " AND " + _IN_DATES
    + _NEWEST_FIRST
)

ARTICLE_RECORD = "SELECT record FROM articles WHERE id = :id"

# Ids are lower-case hex, so every id starting with :prefix sorts in [prefix, prefix + '~').
ARTICLE_IDS_BY_PREFIX = """
SELECT id FROM articles WHERE id >= :prefix AND id < :prefix || '~' ORDER BY id LIMIT :limit
"""

# -- actors -------------------------------------------------------------------------------

ENTITIES = """
SELECT a.id, a.name, a.type,
       (SELECT json_group_array(name) FROM (
            SELECT n.name FROM actor_names n
            WHERE n.actor_id = a.id AND n.name != a.name ORDER BY n.rowid)) AS aliases,
       (SELECT count(DISTINCT e.article_id) FROM article_entities e
        WHERE e.actor_id = a.id) AS articles,
       (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
       (SELECT count(*) FROM roles r WHERE r.actor_id = a.id) AS roles
FROM actors a
WHERE (:type IS NULL OR a.type = :type)
  AND (:pattern IS NULL OR EXISTS (
        SELECT 1 FROM actor_names n
        WHERE n.actor_id = a.id
          AND (n.folded LIKE :pattern ESCAPE '\\' OR n.name_key LIKE :key_pattern ESCAPE '\\')))
ORDER BY mentions DESC, articles DESC, a.name, a.id
LIMIT :limit OFFSET :offset
"""

ACTOR_BY_ID = "SELECT id, name, type FROM actors WHERE id = :id"

ACTORS_BY_NAME = "SELECT id, name, type FROM actors WHERE name = :name ORDER BY id"

_ACTORS_BY_NAMES = """
SELECT DISTINCT a.id, a.name, a.type
FROM actor_names n JOIN actors a ON a.id = n.actor_id
"""

ACTORS_BY_ALIAS = _ACTORS_BY_NAMES + "WHERE n.name = :name ORDER BY a.id"

ACTORS_BY_KEY = _ACTORS_BY_NAMES + "WHERE n.name_key = :key ORDER BY a.id"

ACTORS_BY_SURNAME = _ACTORS_BY_NAMES + "WHERE n.surname_key = :key ORDER BY a.id"

ACTORS_BY_VARIANT = _ACTORS_BY_NAMES + "WHERE n.variant_key = :key ORDER BY a.id"

COUNTRY_ACTORS_BY_KEY = """
SELECT DISTINCT a.id FROM actor_names n JOIN actors a ON a.id = n.actor_id
WHERE n.name_key = :key AND json_extract(a.kb, '$.kind') = 'country'
"""

NAME_KEYS = "SELECT DISTINCT name, name_key FROM actor_names ORDER BY name"

# -- dossier ------------------------------------------------------------------------------

DOSSIER_ACTOR = "SELECT id, name, type, kb FROM actors WHERE id = :id"

DOSSIER_NAMES = """
SELECT name, evidence, article_id FROM actor_names WHERE actor_id = :id ORDER BY rowid
"""

DOSSIER_ROLES = """
SELECT r.role, coalesce(o.name, r.of_name) AS "of", r.of_actor_id AS of_id, r.article_id,
       r.reported, r.start, r."end"
FROM roles r LEFT JOIN actors o ON o.id = r.of_actor_id
WHERE r.actor_id = :id
ORDER BY r.reported IS NULL, r.reported, r.article_id, r.start, r.id
"""

DOSSIER_ARTICLES = """
SELECT a.id, a.title, a.published, a.outlet
FROM articles a
WHERE a.id IN (SELECT article_id FROM article_entities WHERE actor_id = :id
               UNION SELECT article_id FROM mentions WHERE actor_id = :id)
ORDER BY a.published IS NULL, a.published DESC, a.id
LIMIT :limit
"""

DOSSIER_MENTIONS = """
SELECT m.article_id, m.start, m."end", m.text,
       substr(a.text, max(m.start - :chars, 0) + 1,
              m."end" - max(m.start - :chars, 0) + :chars) AS context
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.actor_id = :id
ORDER BY a.published IS NULL, a.published DESC, m.article_id, m.start, m.id
LIMIT :limit
"""

# Actors named in the same articles as :id, most shared articles first.
COMPANIONS = """
SELECT o.id, o.name, o.type, o.kb, shared.articles
FROM (SELECT b.actor_id, count(DISTINCT b.article_id) AS articles
      FROM article_entities b
      WHERE b.article_id IN (SELECT article_id FROM article_entities WHERE actor_id = :id)
        AND b.actor_id != :id
      GROUP BY b.actor_id
      ORDER BY articles DESC, b.actor_id
      LIMIT :limit) AS shared
JOIN actors o ON o.id = shared.actor_id
ORDER BY shared.articles DESC, o.name, o.id
"""

# Among the articles naming :center, how many name both actors of each pair of :ids (a
# JSON array): the links of :center's own network.
CO_OCCURRENCES = """
WITH theirs AS (SELECT DISTINCT article_id FROM article_entities WHERE actor_id = :center),
     named AS (SELECT DISTINCT e.article_id, e.actor_id FROM article_entities e
               WHERE e.article_id IN theirs
                 AND e.actor_id IN (SELECT value FROM json_each(:ids)))
SELECT a.actor_id, b.actor_id, count(*)
FROM named a JOIN named b ON b.article_id = a.article_id AND a.actor_id < b.actor_id
GROUP BY a.actor_id, b.actor_id
ORDER BY a.actor_id, b.actor_id
"""

# -- one article's links to the store's actors, events and quotes ----------------------------

ARTICLE_ACTOR_LINKS = """
SELECT entity_id, actor_id FROM article_entities WHERE article_id = :id ORDER BY entity_id
"""

ARTICLE_EVENT_LINKS = """
SELECT event_id, start, "end" FROM event_sources WHERE article_id = :id ORDER BY start, id
"""

ARTICLE_QUOTE_LINKS = 'SELECT id, start, "end" FROM quotes WHERE article_id = :id ORDER BY start'

# -- quotes -------------------------------------------------------------------------------

QUOTES = """
SELECT q.id, q.article_id, a.title, q.date, q.speaker, q.speaker_actor_id, s.name, q.text,
       q.kind, q.channel, q.cue, q.via, q.start, q."end"
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN actors s ON s.id = q.speaker_actor_id
WHERE (:by IS NULL OR q.speaker_actor_id = :by)
  AND (:about IS NULL OR q.id IN (SELECT quote_id FROM quote_actors WHERE actor_id = :about))
  AND (:channel IS NULL OR q.channel = :channel)
  AND (:match IS NULL OR q.id IN (SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH :match))
  AND """ + in_range("q.date") + """
ORDER BY q.date IS NULL, q.date DESC, q.article_id, q.start
LIMIT :limit OFFSET :offset
"""

QUOTE_CHANNELS = """
SELECT channel, count(*) FROM quotes WHERE channel IS NOT NULL
GROUP BY channel ORDER BY count(*) DESC, channel
"""

# -- events: writing -----------------------------------------------------------------------

# Stored events sharing an actor with a new report, except those the same article already
# reports (its own events were told apart by the extractor).
EVENT_CANDIDATES = """
SELECT e.id, e.type, e.kind, e.date, e.earliest, e.latest, e.location_actor_id,
       (SELECT json_group_array(DISTINCT x.actor_id) FROM event_actors x
        WHERE x.event_id = e.id) AS participants, e.status,
       (SELECT json_group_array(x.actor_id) FROM event_actors x
        WHERE x.event_id = e.id AND x.role = 'target') AS targets,
       json_extract(la.kb, '$.country_code'), json_extract(la.kb, '$.kind'),
       (SELECT json_group_array(DISTINCT json_array(x.actor_id, a.type, a.name, json(a.kb)))
        FROM event_actors x JOIN actors a ON a.id = x.actor_id
        WHERE x.event_id = e.id AND a.type != 'PERSON') AS sides, la.type, e.date_source,
       (SELECT json_group_array(DISTINCT x.actor_id)
        FROM event_actors x JOIN actors a ON a.id = x.actor_id
        WHERE x.event_id = e.id AND a.type = 'PERSON') AS people
FROM events e LEFT JOIN actors la ON la.id = e.location_actor_id
WHERE e.id IN (SELECT event_id FROM event_actors
               WHERE actor_id IN (SELECT value FROM json_each(:actors)))
  AND e.id NOT IN (SELECT event_id FROM event_sources WHERE article_id = :article_id)
  AND +e.status = :status  -- '+': not through events_by_status (every event of a status)
  AND (e.type = :type OR e.type || ' ' || e.kind IN (SELECT value FROM json_each(:cross)))
ORDER BY e.id
"""

EVENTS_SHARE_ARTICLE = """
SELECT 1 FROM event_sources a JOIN event_sources b ON b.article_id = a.article_id
WHERE a.event_id = :one AND b.event_id = :other LIMIT 1
"""

EVENT_SOURCE_TEXTS = """
SELECT s.article_id, a.text, a.outlet, s.family
FROM event_sources s JOIN articles a ON a.id = s.article_id
WHERE s.event_id = :event_id
ORDER BY s.id
"""

EVENT_INSERT = """
INSERT INTO events (type, kind, date, earliest, latest, date_source, location_actor_id,
                    location, location_source, status, first_seen)
VALUES (:type, :kind, :date, :earliest, :latest, :date_source, :location_actor_id,
        :location, :location_source, :status, :first_seen)
"""

EVENT_UPDATE = """
UPDATE events SET date = :date, earliest = :earliest, latest = :latest,
                  date_source = coalesce(:date_source, date_source),
                  location_actor_id = :location_actor_id,
                  location = coalesce(location, :location),
                  location_source = coalesce(location_source, :location_source)
WHERE id = :id
"""

EVENT_SOURCE_INSERT = """
INSERT INTO event_sources (event_id, article_id, trigger, start, "end", sentence, date,
                           date_text, date_source, location_source, status, quote_id, family)
VALUES (:event_id, :article_id, :trigger, :start, :end, :sentence, :date, :date_text,
        :date_source, :location_source, :status,
        (SELECT id FROM quotes WHERE article_id = :article_id
         AND start <= :start AND :end <= "end" ORDER BY "end" - start LIMIT 1),
        :family)
"""

# Folding stored event :drop into :keep, when a later report shows them to be one.
EVENT_MERGE_SOURCES = "UPDATE event_sources SET event_id = :keep WHERE event_id = :drop"
EVENT_MERGE_ACTORS = """
INSERT OR IGNORE INTO event_actors (event_id, actor_id, role)
SELECT :keep, actor_id, role FROM event_actors WHERE event_id = :drop ORDER BY rowid
"""
EVENT_DROP_ACTORS = "DELETE FROM event_actors WHERE event_id = :drop"
EVENT_MERGE_PLACE = """
UPDATE events SET location = coalesce(location, (SELECT location FROM events WHERE id = :drop)),
                  location_source = coalesce(location_source,
                                             (SELECT location_source FROM events WHERE id = :drop))
WHERE id = :keep
"""
EVENT_DROP = "DELETE FROM events WHERE id = :drop"

EVENT_ACTOR_INSERT = """
INSERT OR IGNORE INTO event_actors (event_id, actor_id, role)
VALUES (:event_id, :actor_id, :role)
"""

# -- events: reading ------------------------------------------------------------------------

def _names_in_role(role: str) -> str:
    """The names of an event's actors in one role, in the order they were stored."""
    return f"""(SELECT json_group_array(name) FROM (
            SELECT a.name FROM event_actors x JOIN actors a ON a.id = x.actor_id
            WHERE x.event_id = e.id AND x.role = '{role}' ORDER BY x.rowid))"""


_EVENT_ROW = """
SELECT e.id, e.type, e.kind, e.date, e.date_source, coalesce(l.name, e.location) AS location,
       """ + _names_in_role("participant") + """ AS participants,
       (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources,
       (SELECT count(DISTINCT s.family) FROM event_sources s WHERE s.event_id = e.id) AS families,
       (SELECT a.title FROM event_sources s JOIN articles a ON a.id = s.article_id
        WHERE s.event_id = e.id ORDER BY s.id LIMIT 1) AS title,
       e.status, """ + _names_in_role("actor") + " AS actors, " + _names_in_role("target") + """
       AS targets
FROM events e LEFT JOIN actors l ON l.id = e.location_actor_id
"""

EVENTS_WHERE = """
WHERE (:actor IS NULL OR e.id IN (SELECT event_id FROM event_actors WHERE actor_id = :actor))
  AND (:with IS NULL OR e.id IN (SELECT event_id FROM event_actors WHERE actor_id = :with))
  AND (:type IS NULL OR e.type = :type)
  AND (:status IS NULL OR e.status = :status)
  AND """ + in_range("e.date") + "\n"

EVENTS = _EVENT_ROW + EVENTS_WHERE + """
ORDER BY e.date IS NULL, e.date DESC, e.id
LIMIT :limit OFFSET :offset
"""

# Oldest first, undated last: the order of a timeline.
EVENTS_IN_ORDER = _EVENT_ROW + EVENTS_WHERE + """
ORDER BY e.date IS NULL, e.date, e.id
"""

EVENT = """
SELECT e.id, e.type, e.kind, e.date, e.earliest, e.latest, e.date_source,
       coalesce(l.name, e.location), e.location_actor_id, e.first_seen, e.status,
       e.location_source
FROM events e LEFT JOIN actors l ON l.id = e.location_actor_id
WHERE e.id = :id
"""

EVENT_ACTORS = """
SELECT a.id, a.name, a.type, x.role
FROM event_actors x JOIN actors a ON a.id = x.actor_id
WHERE x.event_id = :id
ORDER BY CASE x.role WHEN 'participant' THEN 0 WHEN 'actor' THEN 1 ELSE 2 END, x.rowid
"""

EVENT_SOURCES = """
SELECT s.article_id, a.title, a.outlet, a.published, s.trigger, s.start, s."end",
       s.sentence, s.date, s.date_text, s.date_source, s.family, s.status, s.quote_id, a.url
FROM event_sources s JOIN articles a ON a.id = s.article_id
WHERE s.event_id = :id
ORDER BY a.published IS NULL, a.published, s.id
"""

ARTICLE_REF = "SELECT id, title, published, outlet FROM articles WHERE id = :id"

# -- errors and counts --------------------------------------------------------------------

ERRORS = """
SELECT id, origin, kind, message, hint, at FROM _errors ORDER BY id DESC LIMIT :limit
"""

STATS = """
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM actors) AS actors,
       (SELECT count(*) FROM mentions) AS mentions,
       (SELECT count(*) FROM roles) AS roles,
       (SELECT count(*) FROM _errors) AS errors
"""
