"""HTTP API and dashboard: ``create_app(db_path, allow_coding=False)``; served by ``eventwire serve``."""
from .app import create_app, evidence_spans

__all__ = ["create_app", "evidence_spans"]
