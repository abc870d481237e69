"""Query and export: typed filters -> parameterised SQL, aggregates (dyadic time series, top actors,
network edges) and exports (PLOVER JSONL, GDELT 2.0-style TSV, Parquet by month)."""
from .aggregate import network_sql, time_series_sql, top_actors_sql
from .filters import EventFilter, as_filter
from .sql import events_sql

__all__ = ["EventFilter", "as_filter", "events_sql", "time_series_sql", "top_actors_sql", "network_sql"]
