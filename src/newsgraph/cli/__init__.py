"""The ``newsgraph`` command: a thin layer over the pipeline and the store's named queries.

No SQL and no NLP here: commands parse options, call the core and print. Errors are
turned into messages with a hint in one place (``NewsgraphGroup.invoke``).
"""

from __future__ import annotations

import re
import sys
from typing import Any

import click

from newsgraph.cli.output import emit, emit_json, output_options
from newsgraph.cli.render import render_analysis, render_dossier, render_summary
from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings

EXIT_PARTIAL = 1


BUG_HINT = "this is a bug in newsgraph: please report it with the command you ran"


class NewsgraphGroup(click.Group):
    """Turns every NewsgraphError into 'Error: ...' plus a hint, exit status 1; anything
    else that escapes a command too, so that no traceback reaches the user."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsgraphError as exc:
            _fail(ctx, str(exc), exc.hint)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors, --help, exits
        except Exception as exc:  # noqa: BLE001 - the last resort of the command line
            _fail(ctx, f"unexpected {type(exc).__name__}: {str(exc)[:300]}", BUG_HINT)


def _fail(ctx: click.Context, message: str, hint: str | None) -> None:
    click.echo(f"Error: {message}", err=True)
    if hint:
        click.echo(f"Hint: {hint}", err=True)
    ctx.exit(1)


def db_option(command):
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        help="SQLite database (default: $NEWSGRAPH_DB, else ./newsgraph.db).",
    )(command)


def _settings(db: str | None, **overrides: Any) -> Settings:
    return Settings.from_env(db, **overrides)


def _open_store(settings: Settings):
    from newsgraph.store import Store

    return Store.open(settings.db_path, settings)


@click.group(cls=NewsgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def cli() -> None:
    """Turn raw news articles into a stored model of actors, events and statements."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--max-bytes", type=int, default=None, help="Refuse files larger than this.")
@click.option("--published", default=None, help="Publication date (ISO) for every article read.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes running the NLP (default: one per core; this process alone "
                   "for under 1 MB of files). One process writes the store either way.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Run the NLP on a Dask cluster: its scheduler (tcp://HOST:8786), or "
                   "'local' for a LocalCluster of --workers processes.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal).")
def ingest(paths, db, max_bytes, published, workers, dask_address, progress) -> None:
    """Analyse the articles under PATHS (files, folders, WARC files, - for stdin) and
    store them."""
    from newsgraph.ingest import count_inputs
    from newsgraph.pipeline import ingest as run_ingest
    from newsgraph.runners import open_runner

    settings = _settings(db, max_file_bytes=max_bytes, workers=workers, dask=dask_address)
    total = count_inputs(paths)
    show = sys.stderr.isatty() and total > 1 if progress is None else progress
    with _open_store(settings) as store, open_runner(settings, paths) as runner, \
            _progress(show, total) as bar:
        report = run_ingest(paths, store, settings, published=published,
                            on_item=_per_file(bar), runner=runner)
    render_summary(report, settings)
    if report.failed:
        sys.exit(EXIT_PARTIAL)


def _per_file(bar):
    """Advance the bar once per input file: a JSON Lines file or a feed holds many
    articles, whose origins are ``path:LINE`` or ``path#N``."""
    seen: set[str] = set()

    def advance(status: str, origin: str | None) -> None:
        key = re.sub(r"(:\d+|#\d+)$", "", origin or "")
        if key not in seen:
            seen.add(key)
            bar.update(1)

    return advance


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


def _progress(show: bool, total: int):
    if not show:
        return _NoBar()
    return click.progressbar(length=total, label="ingesting", file=sys.stderr,
                             show_pos=True, show_eta=True)


@cli.command()
@click.argument("file")
@click.option("--json", "as_json", is_flag=True, help="Print the article record as JSON.")
@click.option("--published", default=None, help="Publication date (ISO) to resolve dates against.")
def analyze(file, as_json, published) -> None:
    """Analyse one article FILE (or - for stdin) without storing it."""
    from newsgraph.api import analyze as analyze_one

    article = analyze_one(file, published=published, settings=Settings())
    if as_json:
        emit_json(article.to_dict())
    else:
        render_analysis(article)


def date_range_options(command):
    """--from / --to: ISO dates or prefixes (2025, 2025-10, 2025-10-21), both inclusive."""
    command = click.option("--to", "to", default=None, metavar="DATE",
                           help="Only up to this date (ISO: 2025, 2025-10, 2025-10-21).")(command)
    return click.option("--from", "from_", default=None, metavar="DATE",
                        help="Only from this date (ISO: 2025, 2025-10, 2025-10-21).")(command)


@cli.command()
@db_option
@click.option("--search", default=None, help="Full-text search over titles and text.")
@date_range_options
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@output_options
def articles(db, search, from_, to, limit, offset, fmt) -> None:
    """List stored articles, newest first."""
    with _open_store(_settings(db)) as store:
        rows = store.articles(limit=limit, offset=offset, search=search, from_=from_, to=to)
        rows = [a.to_dict() for a in rows]
    emit(rows, fmt, ["id", "published", "outlet", "title", "entities"])


@cli.command()
@db_option
@click.option("--by", default=None, help="Only what this actor said (a name or an id).")
@click.option("--about", default=None, help="Only quotes naming this actor.")
@click.option("--channel", default=None,
              type=click.Choice(["twitter", "social_media", "interview", "statement", "report",
                                 "document"]),
              help="Only quotes made through this channel.")
@click.option("--search", default=None, help="Full-text search over the quoted words.")
@date_range_options
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
@output_options
def quotes(db, by, about, channel, search, from_, to, limit, offset, fmt) -> None:
    """List what was said, by whom, through which channel, newest first."""
    with _open_store(_settings(db)) as store:
        rows = store.quotes(by=by, about=about, channel=channel, search=search,
                            from_=from_, to=to, limit=limit, offset=offset)
        rows = [r.to_dict() for r in rows]
    emit(rows, fmt, ["date", "speaker_name", "speaker", "kind", "channel", "text"])


@cli.command()
@db_option
@click.option("--type", "type_", default=None, help="Only this type: PERSON, ORG, GPE, ...")
@click.option("--search", default=None, help="Only actors with a name or alias like this.")
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
@output_options
def entities(db, type_, search, limit, offset, fmt) -> None:
    """List actors across all stored articles, most mentioned first, with their actor code
    today (country and sector; `newsgraph show` says where each came from)."""
    with _open_store(_settings(db)) as store:
        rows = store.entities(type=type_.upper() if type_ else None, search=search,
                              limit=limit, offset=offset)
        rows = [r.to_dict() for r in rows]
    emit(rows, fmt, ["id", "name", "type", "code", "articles", "mentions", "roles", "aliases"])


@cli.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the dossier as JSON.")
def show(name, db, as_json) -> None:
    """Show the dossier of the actor called NAME: names, roles, articles, mentions."""
    with _open_store(_settings(db)) as store:
        dossier = store.dossier(name)
    _print_dossier(dossier, as_json)


def _print_dossier(dossier, as_json: bool) -> None:
    if as_json:
        emit_json(dossier.to_dict())
    else:
        render_dossier(dossier.to_dict())


@cli.command()
@click.argument("keep")
@click.argument("absorb")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the resulting dossier as JSON.")
def merge(keep, absorb, db, as_json) -> None:
    """Merge actor ABSORB into actor KEEP (names or ids); later ingests keep the merge."""
    with _open_store(_settings(db)) as store:
        dossier = store.merge(keep, absorb)
    _print_dossier(dossier, as_json)


@cli.command()
@click.argument("actor")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the new actor's dossier as JSON.")
def split(actor, name, db, as_json) -> None:
    """Split NAME off ACTOR into an actor of its own, with the mentions, roles and quotes
    that go by that name; later articles never join NAME to ACTOR again."""
    with _open_store(_settings(db)) as store:
        dossier = store.split(actor, name)
    _print_dossier(dossier, as_json)


@cli.command()
@db_option
@click.option("--limit", default=100, show_default=True)
@output_options
def errors(db, limit, fmt) -> None:
    """List the inputs that could not be stored, with the reason."""
    with _open_store(_settings(db)) as store:
        rows = [e.to_dict() for e in store.errors(limit=limit)]
    emit(rows, fmt, ["at", "origin", "kind", "message"])


@cli.command(name="settings")
@output_options
def settings_command(fmt) -> None:
    """List every setting with its default and help."""
    emit(Settings.describe(), fmt, ["name", "default", "help"])


from newsgraph.cli.evaluate import eval_group  # noqa: E402

cli.add_command(eval_group)

from newsgraph.cli.events import COMMANDS as EVENT_COMMANDS  # noqa: E402

for _command in EVENT_COMMANDS:
    cli.add_command(_command)

from newsgraph.cli.exports import COMMANDS as EXPORT_COMMANDS  # noqa: E402

for _command in EXPORT_COMMANDS:
    cli.add_command(_command)

from newsgraph.cli.serve import serve  # noqa: E402

cli.add_command(serve)


def main() -> None:
    cli()
