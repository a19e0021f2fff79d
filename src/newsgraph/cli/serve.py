"""``newsgraph serve``: the read-only web page over a store, on localhost by default."""

from __future__ import annotations

import click

from newsgraph.cli import _settings, db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 shows the store to your whole network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each opens the store read-only).")
def serve(db, host, port, workers) -> None:
    """Browse the store in a web browser: dossiers, events, quotes, articles."""
    from newsgraph.web import serve as run

    settings = _settings(db)
    click.echo(f"Serving {settings.db_path} at http://{host}:{port}/ (read-only; Ctrl-C stops)",
               err=True)
    run(settings, host=host, port=port, workers=workers)
