"""The web application over the knowledge base: server-rendered pages, each with a JSON
twin at the same address plus ``.json``, on the same Store API as the command line.

    app = create_app(Settings.load(), WebOptions())
"""

from liaison.web.app import create_app
from liaison.web.context import WebOptions

__all__ = ["WebOptions", "create_app"]
