"""``newsgraph eval ...``: score newsgraph on public benchmarks beside the open baselines.

Each command prints its table and closing summary line; ``--record FILE`` also writes them,
with the date, the machine and the command, into that benchmarks document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

BENCHMARKS = Path("..") / "shared" / "benchmarks"


def _report(text: str, record: str | None, key: str, title: str) -> None:
    """Print an evaluation's figures and, with --record, write them into that document."""
    click.echo(text)
    if record:
        _record(record, key, title, text)


def _record(path: str, key: str, title: str, text: str) -> None:
    from newsgraph.evaluate.report import machine, write_section

    command = "newsgraph " + " ".join(sys.argv[1:]) if sys.argv else "newsgraph eval"
    body = (f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.\n"
            f"Command: `{command}`\n\n```\n{text}\n```")
    write_section(Path(path), key, title, body)
    click.echo(f"recorded in {path}", err=True)


record_option = click.option(
    "--record", type=click.Path(dir_okay=False), default=None,
    help="Also write the figures into this Markdown file (e.g. docs/benchmarks.md).")


@click.group(name="eval")
def eval_group() -> None:
    """Score newsgraph on public benchmarks, each beside its open baseline."""


@eval_group.command(name="time")
@click.argument("path", type=click.Path(exists=True, file_okay=False),
                default=str(BENCHMARKS / "tempeval3"))
@click.option("--no-baseline", is_flag=True, help="Skip the spaCy + dateparser baseline.")
@record_option
def eval_time(path, no_baseline, record) -> None:
    """TempEval-3 platinum (or any folder of .tml files): time expressions and values."""
    from newsgraph.evaluate.time import time_report

    text = time_report(Path(path), baseline=not no_baseline)
    _report(text, record, "eval-time", "Time expressions: TempEval-3 platinum")


@eval_group.command(name="quotes")
@click.argument("path", type=click.Path(exists=True, file_okay=False),
                default=str(BENCHMARKS / "polnear" / "test"))
@click.option("--model", default=None, help="spaCy model (default: the one newsgraph loads).")
@record_option
def eval_quotes(path, model, record) -> None:
    """PolNeAR (a split folder): quotes and their speakers, beside textacy."""
    from newsgraph.evaluate.quotes import evaluate_quotes, format_report
    from newsgraph.extract.nlp import default_model

    text = format_report(evaluate_quotes(Path(path), model or default_model()))
    _report(text, record, "eval-quotes", "Quotes: PolNeAR")


@eval_group.command(name="events")
@click.argument("path", type=click.Path(exists=True, dir_okay=False),
                default=str(BENCHMARKS / "plover-gsr" / "gold_standard_records"
                            / "PLOVER_GSR_CAMEO.txt"))
@record_option
def eval_events(path, record) -> None:
    """PLOVER gold standard records: event type accuracy, beside a trigger-keyword baseline."""
    from newsgraph.evaluate.events import events_report

    text = events_report(Path(path))
    _report(text, record, "eval-events", "Event types: PLOVER GSR")


@eval_group.command(name="entities")
@click.argument("path", type=click.Path(exists=True, dir_okay=False),
                default=str(BENCHMARKS / "conll2003-en" / "eng.testb"))
@click.option("--model", default=None, help="spaCy model (default: the one newsgraph loads).")
@record_option
def eval_entities(path, model, record) -> None:
    """CoNLL-2003 (eng.testb): named entities, beside the bare spaCy model."""
    from newsgraph.evaluate.entities import entities_report

    text = entities_report(Path(path), model=model)
    _report(text, record, "eval-entities", "Named entities: CoNLL-2003 eng.testb")


@eval_group.command(name="dev")
@click.argument("path", type=click.Path(exists=True, file_okay=False),
                default=str(BENCHMARKS.parent / "dev"))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The reference scorer (default: reference/score.py beside PATH).")
@click.option("--article", "only", multiple=True,
              help="Only this article (its file name without .txt); repeatable.")
@click.option("--verbose", is_flag=True, help="Also list every miss the scorer names.")
@record_option
def eval_dev(path, scorer, only, verbose, record) -> None:
    """The dev set (real articles, exhaustive gold): every category of the reference scorer,
    per article and in total, and events fused across the outlets of one storyline."""
    from newsgraph.evaluate.dev import evaluate_dev, format_report, summary

    dev = Path(path)
    result = evaluate_dev(dev, Path(scorer) if scorer else dev.parent / "reference" / "score.py",
                          only=only)
    text = format_report(result, verbose=verbose) + "\n" + summary(result)
    _report(text, record, "eval-dev", "Development set: ../shared/dev (exhaustive gold)")
