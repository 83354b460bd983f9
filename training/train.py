"""Train kg's German pipeline from a clean checkout: convert, pretrain, train UD and NER, compare, package, evaluate.

    .venv/bin/python training/train.py --datasets ../shared/datasets

Everything is written under training/corpus and training/output (git-ignored); the shipped pipeline goes to
kg/models/de_kg. The two pretrainings, then the two trainings, run as parallel processes, one per CPU core.
The same steps are spaCy project commands in training/project.yml.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
REPO_DIR = TRAINING_DIR.parent
CORPUS = TRAINING_DIR / "corpus"
OUTPUT = TRAINING_DIR / "output"
SCRIPTS = TRAINING_DIR / "scripts"
CONFIGS = TRAINING_DIR / "configs"
TARGET = REPO_DIR / "kg" / "models" / "de_kg"
RAW_TEXT = CORPUS / "raw.jsonl"
PIPELINES = ("ud", "ner")
# One BLAS thread per training process: the two trainings run side by side on two cores.
SINGLE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


class TrainingError(RuntimeError):
    """A step of the recipe failed; its log names the cause."""


def run(args: list[str]) -> None:
    print("$", " ".join(args), flush=True)
    if subprocess.run(args, cwd=REPO_DIR, check=False).returncode != 0:
        raise TrainingError(f"step failed: {' '.join(args)}")


def pretrain_command(name: str) -> list[str]:
    """``spacy pretrain`` of the pipeline's tok2vec on the raw text; weights in output/pretrain-<name>."""
    return [
        sys.executable, "-m", "spacy", "pretrain", str(CONFIGS / f"{name}.cfg"), str(OUTPUT / f"pretrain-{name}"),
        "--paths.raw_text", str(RAW_TEXT),
    ]


def train_command(name: str) -> list[str]:
    return [
        sys.executable, "-m", "spacy", "train", str(CONFIGS / f"{name}.cfg"), "--output", str(OUTPUT / name),
        "--paths.train", str(CORPUS / f"{name}-train.spacy"), "--paths.dev", str(CORPUS / f"{name}-dev.spacy"),
        "--paths.init_tok2vec", str(OUTPUT / f"pretrain-{name}" / "model-last.bin"),
    ]


def in_parallel(step: str, commands: dict[str, list[str]]) -> None:
    """Run one command per pipeline side by side, each logging to output/<step>-<name>.log; wait for all."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    procs = {}
    for name, command in commands.items():
        log_path = OUTPUT / f"{step}-{name}.log"
        print(f"{step} {name}, log in {log_path}", flush=True)
        with log_path.open("w") as log:
            procs[name] = subprocess.Popen(
                command, cwd=REPO_DIR, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **SINGLE_THREAD}
            )
    failed = [name for name, proc in procs.items() if proc.wait() != 0]
    if failed:
        raise TrainingError(f"{step} failed for {', '.join(failed)}; see {OUTPUT}/{step}-<name>.log")


def train(datasets: Path, deriv: str) -> None:
    python = sys.executable
    run([python, str(SCRIPTS / "convert.py"), str(datasets), str(CORPUS), "--deriv", deriv])
    run([python, str(SCRIPTS / "raw_text.py"), str(datasets), str(CORPUS), str(RAW_TEXT)])
    for name in PIPELINES:  # spacy pretrain would resume from an earlier run's weights
        shutil.rmtree(OUTPUT / f"pretrain-{name}", ignore_errors=True)
    in_parallel("pretrain", {name: pretrain_command(name) for name in PIPELINES})
    in_parallel("train", {name: train_command(name) for name in PIPELINES})
    compare = OUTPUT / "compare.json"
    run(
        [
            python,
            str(SCRIPTS / "compare_components.py"),
            str(OUTPUT / "ud" / "model-best"),
            str(CORPUS),
            str(compare),
        ]
    )
    run(
        [
            python,
            str(SCRIPTS / "package.py"),
            str(OUTPUT / "ud" / "model-best"),
            str(OUTPUT / "ner" / "model-best"),
            str(compare),
            str(TARGET),
        ]
    )
    run([python, str(SCRIPTS / "evaluate.py"), str(TARGET), str(CORPUS), str(OUTPUT / "metrics.json")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, required=True, help="the folder with ud-german/ etc.")
    parser.add_argument(
        "--deriv", choices=("misc", "o"), default="misc", help="what GermEval's LOCderiv etc. become"
    )
    args = parser.parse_args()
    start = time.monotonic()
    try:
        train(args.datasets.resolve(), args.deriv)
    except TrainingError as err:
        raise SystemExit(f"error: {err}") from None
    print(f"done in {(time.monotonic() - start) / 60:.1f} min; pipeline in {TARGET}")


if __name__ == "__main__":
    main()
