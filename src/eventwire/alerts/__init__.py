"""Watch rules and alerts: :mod:`.rules` (the TOML rules file, validated with ``FILE:LINE`` errors),
:mod:`.evaluate` (rules over the store's event clusters -> the ``alerts`` table), :mod:`.sinks`
(stdout, JSONL file, HTTP webhook). Used by ``eventwire alerts`` and ``eventwire follow --rules``.
"""
from .evaluate import alert_rows, evaluate_rules
from .rules import Rule, RuleSet, Sink, load_rules, parse_rules, parse_sink_spec
from .sinks import deliver, open_sinks

__all__ = ["Rule", "RuleSet", "Sink", "load_rules", "parse_rules", "parse_sink_spec", "evaluate_rules",
           "alert_rows", "deliver", "open_sinks"]
