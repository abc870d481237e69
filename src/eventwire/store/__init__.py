"""The DuckDB event store: ``open_store(path, read_only=True) -> Store``. See ``docs/store.md``."""
from .migrations import LATEST as SCHEMA_VERSION
from .store import Store, event_from_row, event_row, open_store

__all__ = ["Store", "open_store", "event_row", "event_from_row", "SCHEMA_VERSION"]
