"""Evaluation harness: gold-set loaders, CAMEO->PLOVER crosswalk, metrics, error analysis, reports and the
quality-gate baseline. Entry points: :func:`eventwire.evaluate.harness.score_set` (code and score one gold
set) and the ``eventwire evaluate`` command (:mod:`eventwire.cli.evaluate`).

Modules: ``loaders`` (gold sets -> GoldSet), ``crosswalk`` (CAMEO2PLOVER-2021.txt, CAMEO actor codes),
``metrics`` (pure scoring functions), ``analysis`` (error kinds), ``harness`` (runs code_batch),
``report`` (JSON/Markdown, baseline).
"""
