"""Ingest: turn files into :class:`~eventwire.schema.Article` records, one module per input format.

``read_inputs(paths)`` yields, for every input document, either an ``Article`` or a ``DocReport``
with status ``skipped``/``failed`` and the reason (never an exception for one bad document).
"""
from .core import article_from_text, decode_bytes, decode_text
from .readers import read_inputs

__all__ = ["read_inputs", "decode_bytes", "decode_text", "article_from_text"]
