"""eventwire: news articles in, PLOVER-coded, source-attributed political event records out.

Public API: :func:`code_text`, :func:`code_articles`, :func:`code_batch`, :func:`open_store`, and the
record types in :mod:`eventwire.schema`.
"""
__version__ = "0.1.0"


def code_text(text, publication_date=None, title=None, article_id=None):
    """See :func:`eventwire.pipeline.code_text`."""
    from .pipeline import code_text as _f

    return _f(text, publication_date=publication_date, title=title, article_id=article_id)


def code_articles(articles, batch_size=32):
    """Code an iterable of Article records. Returns ``(events, quotes)`` lists for all of them.

    For streaming with per-document reports use :func:`eventwire.pipeline.code_articles`.
    """
    from .pipeline import code_articles as _f

    events, quotes = [], []
    for res in _f(articles, batch_size=batch_size):
        events.extend(res.events)
        quotes.extend(res.quotes)
    return events, quotes


def code_batch(articles, **kw):
    """See :func:`eventwire.pipeline.code_batch`."""
    from .pipeline import code_batch as _f

    return _f(articles, **kw)


def open_store(path, read_only=True):
    """Open a DuckDB event store; see :func:`eventwire.store.open_store`."""
    from .store import open_store as _f

    return _f(path, read_only=read_only)
