"""Query and export: typed filters -> parameterised SQL, aggregates (dyadic time series, top actors,
network edges) and exports (PLOVER JSONL, GDELT 2.0-style TSV, Parquet by month)."""
from .aggregate import network_sql, time_series_sql, top_actors_sql
from .filters import EventFilter, as_filter
from .export import GDELT_COLUMNS, export_gdelt_tsv, export_parquet, export_plover_jsonl
from .sql import events_sql

__all__ = ["EventFilter", "as_filter", "events_sql", "time_series_sql", "top_actors_sql", "network_sql",
           "export_plover_jsonl", "export_gdelt_tsv", "export_parquet", "GDELT_COLUMNS"]
