"""Evaluation of newsgraph's stages on public benchmarks, each beside its open baseline.

One module per benchmark (``time``, ``quotes``, ``entities``, ``events``). Baselines load
their heavy parts (spaCy, dateparser, textacy) only when they are run.
"""


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (fractions) of ``hits`` among ``predicted`` and ``gold``."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
