"""Form reader speed and memory (not a timed test): forms parsed per second and peak memory.

    .venv/bin/python bench/forms.py [N]      # N typical forms, default 300

Cases: a typical corpus form (xlsx, xls), a 4,900-row form (just under the
row cap, the slowest accepted case), a 200,000-row sheet (ends in an error
at the cap) with and without a <dimension> element, and a zip bomb.
Peak memory is tracemalloc's peak of Python allocations during one read.
"""
from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "forms")]

from formfiles import FIXTURES, attachment, raw_xlsx  # noqa: E402

from parsers.forms import read_distribution_form  # noqa: E402

ROW = ('<row r="{r}"><c r="A{r}"><v>{id}</v></c><c r="B{r}" t="inlineStr"><is><t>Kari Hansen</t></is></c>'
       '<c r="C{r}"><v>3</v></c><c r="D{r}"><v>0</v></c></row>')
HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>FLR-ID</t></is></c>'
          '<c r="B1" t="inlineStr"><is><t>Fastlege</t></is></c>'
          '<c r="C1" t="inlineStr"><is><t>Antall innbyggere</t></is></c>'
          '<c r="D1" t="inlineStr"><is><t>Økning av listetak</t></is></c></row>')


def measure(label: str, name: str, data: bytes, repeat: int) -> None:
    att = attachment(data, name)
    result = read_distribution_form(att)  # warm up (imports, caches)
    start = time.perf_counter()
    for _ in range(repeat):
        result = read_distribution_form(att)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    read_distribution_form(att)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    outcome = f"error: {result.error[:60]}..." if result.error else f"{len(result.orders)} orders"
    print(f"{label:<34} {len(data) / 1e6:7.2f} MB  {repeat / seconds:9.1f} forms/s  "
          f"{seconds * 1000 / repeat:8.1f} ms/form  peak {peak / 1e6:6.1f} MB  {outcome}")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    measure("typical form (d02, xlsx)", "d02.xlsx", (FIXTURES / "d02_bergen.xlsx").read_bytes(), n)
    measure("typical form (xls)", "hamar.xls", (FIXTURES / "hamar_legacy.xls").read_bytes(), n)
    body = HEADER + "".join(ROW.format(r=r, id=100000 + r) for r in range(2, 4_902))
    measure("4,900-row form (xlsx)", "big.xlsx", raw_xlsx(body), max(3, n // 50))
    huge = HEADER + "".join(ROW.format(r=r, id=100000 + r) for r in range(2, 200_002))
    measure("200,000 rows, no <dimension>", "huge.xlsx", raw_xlsx(huge), 3)
    measure("200,000 rows, with <dimension>", "huge.xlsx", _add_dimension(huge), 3)
    measure("zip bomb (100 MB of spaces)", "bomb.xlsx", raw_xlsx(" " * 100_000_000), 3)
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")


def _add_dimension(body: str) -> bytes:
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(raw_xlsx(body)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b'<dimension ref="A1:D200001"/><sheetData>', 1)
            dst.writestr(info.filename, data)
    return out.getvalue()


if __name__ == "__main__":
    main()
