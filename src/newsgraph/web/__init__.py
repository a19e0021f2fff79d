"""The web page: ``newsgraph serve``, or ``create_app(settings)`` for any ASGI server.

    >>> from newsgraph.web import create_app
    >>> app = create_app(Settings(db_path="news.db"))
"""

from __future__ import annotations

import os

from newsgraph.settings import Settings
from newsgraph.web.app import create_app

__all__ = ["create_app", "serve"]

_DB_FOR_WORKERS = "NEWSGRAPH_WEB_DB"


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000,
          workers: int = 1) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(settings)  # a store that cannot be served fails here, with a hint
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Worker processes import the app by name, so they find the store in the environment.
    os.environ[_DB_FOR_WORKERS] = str(settings.db_path)
    uvicorn.run("newsgraph.web:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning")


def app_from_env():
    """The app for a uvicorn worker process (``serve(workers=N)``)."""
    return create_app(Settings.from_env(os.environ[_DB_FOR_WORKERS]))
