"""Alembic environment: migrate the connection Store.open passes, or a URL from the command line."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

from liaison.store.tables import include_object, metadata


def database_url() -> str:
    """The URL given by ``-x url=...``, the ini file or ``LIAISON_DATABASE_URL``."""
    url = context.get_x_argument(as_dictionary=True).get("url")
    url = url or context.config.get_main_option("sqlalchemy.url")
    url = url or os.environ.get("LIAISON_DATABASE_URL")
    if not url:
        raise SystemExit("give the database: -x url=sqlite:///kb.sqlite or LIAISON_DATABASE_URL")
    return url


def run_on(connection: Connection) -> None:
    """Run the migrations on an open connection."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the connection Store.open passed in, or connect to the URL given."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine(database_url())
    with engine.connect() as conn:
        run_on(conn)
        conn.commit()
    engine.dispose()


def run_migrations_offline() -> None:
    """Write the SQL instead of running it (``alembic upgrade head --sql``)."""
    context.configure(
        url=database_url(),
        target_metadata=metadata,
        include_object=include_object,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def is_run_by_alembic() -> bool:
    """Whether Alembic runs this file; pytest's doctest collection imports it too.

    Alembic sets ``context.config`` only while it runs an environment.
    """
    return hasattr(context, "config")


if is_run_by_alembic():
    if context.is_offline_mode():
        run_migrations_offline()
    else:
        run_migrations_online()
