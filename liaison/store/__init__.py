"""The knowledge base: SQLite or PostgreSQL behind one small API, ``Store``.

``Store.open(url)`` connects and migrates; ``save`` stores one document's extraction in
one transaction; ``get``, ``all``, ``documents``, ``export`` and ``search`` read back the
model's own dataclasses; ``load`` imports an export and ``correct`` records a person's edit.
"""

from liaison.store.search import SearchHit
from liaison.store.store import Store
from liaison.store.writes import SaveResult, SaveStatus

__all__ = ["SaveResult", "SaveStatus", "SearchHit", "Store"]
