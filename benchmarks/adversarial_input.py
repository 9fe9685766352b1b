"""Import time and memory on hostile input shapes, through the whole import into a real
collection file (issue 12): read, mine, store, commit, each size in a fresh process.

Shapes (each at five sizes, every size twice the one before):
- `word_paren`: one line of `word (` repeated (unclosed brackets, each followed by a word);
- `paren_a`: one line of `(a` repeated;
- `nested`: one line `((((…x))))`, half openers, half closers;
- `fullwidth`: one line alternating full- and half-width openers `（a(b`;
- `single_line`: a dense glossed study note (benchmarks/dense_text.py) with every line break
  removed, so the whole file is one segment (10 MB at the largest size by default);
- `many_glosses`: short lines, each glossing a term of its own (1M glosses at the largest
  size with --scale 1), i.e. one term, one sense, one card per line. The lines are English
  terms with Chinese glosses, which every line yields;
- `many_glosses_zh`: the same with Chinese terms and English glosses (`学习模据法型（bodozaba）`),
  the shape first measured: term rules drop whole ranges of its lines (0% to 100% of a thousand
  lines, by which characters meet), so a doubling of input is 1.6× to 2.3× the glosses and its
  growth figure partly measures that, not the work per gloss;
- `one_term_senses`: short lines glossing one and the same term with a different gloss each
  (the per-term aggregates must not be rebuilt per sense).

Printed per size: input size, wall and CPU seconds of the import, peak resident memory above
the process's resident size just before the import, and the growth of each against the size
before (target: time and memory ≤ 2.2× per doubling of input). With --repeat N each size is
imported N times (fresh processes) and the medians are printed (the machine may be shared);
--largest K runs only the K largest sizes (the last doublings, where growth shows).

Usage: .venv/bin/python benchmarks/adversarial_input.py [--scale 1.0] [--only shape,...]
       [--repeat 1] [--largest 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.dense_text import study_note  # noqa: E402

TARGET = 2.2
_ZH = "模型数据学习网络训练推理向量梯度损失函数注意力机制预测分类回归聚类优化算法"


def _zh_word(i: int) -> str:
    out = ""
    for _ in range(4):
        out += _ZH[i % len(_ZH)]
        i //= len(_ZH)
    return out


def _en_word(i: int) -> str:
    out = ""
    for _ in range(4):
        out += "bcdfghklmnprstvz"[i % 16] + "aeiou"[(i // 16) % 5]
        i //= 80
    return out


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit.encode("utf-8")))


def _nested(size: int) -> str:
    n = size // 2
    return "(" * n + "x" + ")" * n


def _single_line(size: int) -> str:
    rng, parts, total = random.Random(7), [], 0
    while total < size:
        line = study_note(rng)
        parts.append(line)
        total += len(line.encode("utf-8"))
    return "".join(parts)


def _many_glosses(size: int) -> str:
    count = size // 53  # 53 bytes a line
    return "\n".join(f"我们用 {_en_word(i)} method（{_zh_word(i)}方法）。" for i in range(count))


def _many_glosses_zh(size: int) -> str:
    count = size // 32  # about 32 bytes a line
    return "\n".join(f"学习{_zh_word(i)}（{_en_word(i)}）。" for i in range(count))


def _one_term_senses(size: int) -> str:
    count = size // 32
    return "\n".join(f"这个模型（{_en_word(i)} model）。" for i in range(count))


# shape → (text of about `size` bytes, largest size in bytes at --scale 1)
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "word_paren": (_repeat("word ("), 2_000_000),
    "paren_a": (_repeat("(a"), 2_000_000),
    "nested": (_nested, 2_000_000),
    "fullwidth": (_repeat("（a(b"), 2_000_000),
    "single_line": (_single_line, 10_000_000),
    "many_glosses": (_many_glosses, 53_000_000),
    "many_glosses_zh": (_many_glosses_zh, 32_000_000),
    "one_term_senses": (_one_term_senses, 2_000_000),
}

_CHILD = """
import json, resource, sys, time
from vocab_app.services.library import Library
import jieba
jieba.initialize()
lib = Library.open(sys.argv[1])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
wall, cpu = time.perf_counter(), time.process_time()
report = lib.import_files([sys.argv[2]])
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
lib.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"wall": wall, "cpu": cpu, "mem_kb": max(0, peak - base),
                  "senses": report.new_senses}))
"""


def measure(text: str, folder: Path) -> dict[str, float]:
    """Import `text` (as one .txt file) into a new collection in a fresh process."""
    src, db = folder / "input.txt", folder / "collection.db"
    src.write_text(text, encoding="utf-8")
    db.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", _CHILD, str(db), str(src)], cwd=ROOT,
                         check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _growth(now: float, before: float | None) -> str:
    if before is None or before <= 0:
        return "     "
    return f"×{now / before:4.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of each shape's largest size (default 1)")
    parser.add_argument("--only", default="", help="comma-separated shapes to run")
    parser.add_argument("--repeat", type=int, default=1,
                        help="imports per size; medians are printed (default 1)")
    parser.add_argument("--largest", type=int, default=5, choices=range(2, 6),
                        help="run only this many of the largest sizes (default all 5)")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(SHAPES)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            make, largest = SHAPES[name]
            top = int(largest * args.scale)
            print(f"{name}:")
            before: dict[str, float] | None = None
            for k in range(args.largest - 1, -1, -1):
                size = top >> k
                text = make(size)
                runs = [measure(text, Path(tmp)) for _ in range(max(1, args.repeat))]
                r = {k: statistics.median(run[k] for run in runs) for k in runs[0]}
                mb = len(text.encode("utf-8")) / 1e6
                time_growth = _growth(r["cpu"], before["cpu"] if before else None)
                mem_growth = _growth(r["mem_kb"], before["mem_kb"] if before else None)
                print(f"  {mb:7.3f} MB  {r['wall']:7.2f} s wall  {r['cpu']:7.2f} s cpu "
                      f"{time_growth}  peak +{r['mem_kb'] / 1024:7.1f} MB {mem_growth}  "
                      f"{int(r['senses'])} senses", flush=True)
                # Growth counts once the work is past start-up noise (0.2 s, 8 MB).
                if before is not None and before["cpu"] > 0.2:
                    worst = max(worst, r["cpu"] / before["cpu"])
                if before is not None and before["mem_kb"] > 8192:
                    worst = max(worst, r["mem_kb"] / before["mem_kb"])
                before = r
    print(f"worst growth per doubling: ×{worst:.2f} (target ≤ ×{TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
