"""Parse rate on one core: N generated messages through the whole pipeline (not a timed test).

    .venv/bin/python bench/parse_rate.py [N]        # default 10000

Prints messages per second for the pipeline and, side by side, the two
parts measured alone (mail-parser, the blank Norwegian spaCy tokenizer), and
peak memory. Times are CPU seconds of this process (time.process_time), so
other work on the machine does not skew the figures.
"""
from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

import mailparser  # noqa: E402
import spacy  # noqa: E402

from bench.generate import generate  # noqa: E402
from parsers.models import RawMessage  # noqa: E402
from postmottak.pipeline import process_raw  # noqa: E402


def rate(label: str, n: int, seconds: float) -> None:
    print(f"{label:<38} {n / seconds:9.0f} msg/s  ({seconds * 1000 / n:.2f} ms/msg)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    raws = [RawMessage(f"bench/{i}.eml", data) for i, data in enumerate(generate(n))]
    print(f"{n} generated messages, {sum(len(r.data) for r in raws) / n / 1024:.1f} KiB each on average, one core")

    t = time.process_time()
    for r in raws:
        mailparser.parse_from_bytes(r.data)
    rate("reference: mail-parser alone", n, time.process_time() - t)

    nlp = spacy.blank("nb")
    texts = [r.data.decode("utf-8", "replace") for r in raws]
    t = time.process_time()
    for text in texts:
        nlp(text)
    rate("reference: blank nb tokenizer alone", n, time.process_time() - t)

    process_raw(raws[:20])  # load the pipeline once
    t = time.process_time()
    results = process_raw(raws)
    rate("postmottak pipeline (parse + rules)", n, time.process_time() - t)
    kinds: dict[str, int] = {}
    for res in results:
        kinds[res.kind] = kinds.get(res.kind, 0) + 1
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
