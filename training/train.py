"""Train kg's German pipeline from a clean checkout: convert, pretrain, train UD and NER, compare, package, evaluate.

    .venv/bin/python training/train.py --datasets ../shared/datasets

Everything is written under training/corpus and training/output (git-ignored); the shipped pipeline goes to
kg/models/de_kg. Pretraining and training the UD pipeline run beside training NER, one process per CPU core.
The same steps are spaCy project commands in training/project.yml.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
REPO_DIR = TRAINING_DIR.parent
CORPUS = TRAINING_DIR / "corpus"
OUTPUT = TRAINING_DIR / "output"
SCRIPTS = TRAINING_DIR / "scripts"
CONFIGS = TRAINING_DIR / "configs"
TARGET = REPO_DIR / "kg" / "models" / "de_kg"
RAW_TEXT = CORPUS / "raw.jsonl"
NAME_LISTS = CORPUS / "name_lists.json.gz"
# One BLAS thread per training process: the two trainings run side by side on two cores.
SINGLE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


class TrainingError(RuntimeError):
    """A step of the recipe failed; its log names the cause."""


def run(args: list[str]) -> None:
    print("$", " ".join(args), flush=True)
    if subprocess.run(args, cwd=REPO_DIR, check=False).returncode != 0:
        raise TrainingError(f"step failed: {' '.join(args)}")


Step = tuple[str, list[str]]  # a log name and the command


def pretrain_ud() -> Step:
    """``spacy pretrain`` of the UD pipeline's tok2vec on the raw text (it did not help NER: see README)."""
    command = [sys.executable, "-m", "spacy", "pretrain", str(CONFIGS / "ud.cfg"), str(OUTPUT / "pretrain-ud")]
    return "pretrain-ud", [*command, "--paths.raw_text", str(RAW_TEXT)]


def train_step(name: str, init_tok2vec: Path | None = None, name_lists: Path | None = None) -> Step:
    command = [
        sys.executable, "-m", "spacy", "train", str(CONFIGS / f"{name}.cfg"), "--output", str(OUTPUT / name),
        "--paths.train", str(CORPUS / f"{name}-train.spacy"), "--paths.dev", str(CORPUS / f"{name}-dev.spacy"),
    ]
    if init_tok2vec:
        command += ["--paths.init_tok2vec", str(init_tok2vec)]
    if name_lists:
        command += ["--paths.name_lists", str(name_lists)]
    return f"train-{name}", command


def run_logged(step: Step) -> None:
    name, command = step
    log_path = OUTPUT / f"{name}.log"
    print(f"{name}, log in {log_path}", flush=True)
    with log_path.open("w") as log:
        done = subprocess.run(
            command, cwd=REPO_DIR, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **SINGLE_THREAD}
        )
    if done.returncode != 0:
        raise TrainingError(f"{name} failed; see {log_path}")


def in_parallel(*chains: list[Step]) -> None:
    """Run the chains side by side, one per core, each step after the one before it; raise if any step failed."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=len(chains)) as pool:
        futures = [pool.submit(lambda chain=chain: [run_logged(step) for step in chain]) for chain in chains]
    for future in futures:
        future.result()


def train(datasets: Path, deriv: str) -> None:
    python = sys.executable
    run([python, str(SCRIPTS / "convert.py"), str(datasets), str(CORPUS), "--deriv", deriv])
    run([python, str(SCRIPTS / "raw_text.py"), str(datasets), str(CORPUS), str(RAW_TEXT)])
    run([python, str(SCRIPTS / "name_lists.py"), str(NAME_LISTS)])
    shutil.rmtree(OUTPUT / "pretrain-ud", ignore_errors=True)  # spacy pretrain would resume from old weights
    in_parallel(
        [pretrain_ud(), train_step("ud", init_tok2vec=OUTPUT / "pretrain-ud" / "model-last.bin")],
        [train_step("ner", name_lists=NAME_LISTS)],
    )
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
