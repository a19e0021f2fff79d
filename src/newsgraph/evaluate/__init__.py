"""Evaluation of newsgraph's stages on public benchmarks, each beside its open baseline.

One module per benchmark (``time``: TempEval-3 time expressions). Baselines load their
heavy parts (spaCy, dateparser, ...) only when they are run.
"""
