"""Convert the public corpora into spaCy DocBins with fixed, documented held-out splits.

Splits are deterministic (by document position or a CRC of the sentence), so every run trains and measures
on the same sentences:

* UD German: PUD's test set holds news and Wikipedia documents; every second PUD document is held out
  (``ud-test-pud``), the rest is trained on. PUD's XPOS column is a PTB-like tag set, not STTS, so STTS
  tags come from GSD only; every tenth GSD sentence is held out (``ud-test-gsd``) to measure STTS tags and
  GSD-style annotation, and another tenth forms the training dev set used only to pick the best checkpoint.
* GermEval 2014: sentences from news sites (every source but Wikipedia) are news-like; a third of them
  (by CRC of their source line) is held out (``ner-test-germeval``). OTH becomes MISC, ``deriv`` becomes MISC
  (as Europarl and CoNLL tag country adjectives) and ``part`` becomes O, unless ``--deriv`` says otherwise.
* Europarl NER: its dev file is held out (``ner-test-europarl``); IOB1 tags are read as such.
"""

from __future__ import annotations

import argparse
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

UD_FILES = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu")
SENTS_PER_DOC = 4


class CorpusError(ValueError):
    """A corpus file is missing or not in the expected format."""


@dataclass
class UdSentence:
    """One CoNLL-U sentence with multiword tokens merged into the surface token spaCy's tokenizer produces."""

    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)


def _merge_feats(feats: Iterable[str]) -> str:
    merged: dict[str, str] = {}
    for value in feats:
        if value not in ("_", ""):
            merged.update(item.split("=", 1) for item in value.split("|"))
    return "|".join(f"{key}={merged[key]}" for key in sorted(merged, key=str.lower))


def _normalise_feats(feats: str) -> str:
    """PUD omits ``VerbForm=Fin`` on finite verbs where GSD writes it; align PUD with GSD."""
    if "Mood=" in feats and "VerbForm=" not in feats:
        return _merge_feats([feats, "VerbForm=Fin"])
    return _merge_feats([feats])


def _sentence_from_rows(sent_id: str, doc_id: str, rows: list[list[str]], stts: bool) -> UdSentence:
    """Build a sentence; a multiword token (``im`` = ``in dem``) becomes one token, headed like its head."""
    words = [r for r in rows if r[0].isdigit()]
    ranges = {int(r[0].split("-")[0]): r for r in rows if "-" in r[0]}
    index_of: dict[int, int] = {}
    groups: list[tuple[list[str], list[list[str]]]] = []
    i = 0
    while i < len(words):
        wid = int(words[i][0])
        if wid in ranges:
            end = int(ranges[wid][0].split("-")[1])
            members = [w for w in words[i:] if int(w[0]) <= end]
            groups.append((ranges[wid], members))
            i += len(members)
        else:
            groups.append((words[i], [words[i]]))
            i += 1
        for member in groups[-1][1]:
            index_of[int(member[0])] = len(groups) - 1
    sent = UdSentence(sent_id, doc_id)
    for n, (surface, members) in enumerate(groups):
        outside = [m for m in members if index_of.get(int(m[6]), -1) != n] or members
        head_row = outside[0]
        sent.words.append(surface[1])
        sent.spaces.append("SpaceAfter=No" not in surface[9])
        sent.pos.append(head_row[3])
        if stts:
            sent.tags.append("APPRART" if len(members) > 1 and head_row[4] == "APPR" else head_row[4])
        sent.morphs.append(_normalise_feats(_merge_feats(m[5] for m in members)))
        sent.lemmas.append(head_row[2])
        sent.heads.append(n if head_row[6] == "0" else index_of[int(head_row[6])])
        sent.deps.append("ROOT" if head_row[7] == "root" else head_row[7])
    return sent


def read_conllu(path: Path) -> Iterator[UdSentence]:
    """Yield the sentences of a CoNLL-U file; documents are PUD's ``newdoc`` blocks or GSD sentences."""
    if not path.is_file():
        raise CorpusError(f"missing corpus file: {path}")
    stts = "gsd" in path.name
    doc_id = sent_id = ""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
            doc_id = doc_id if not stts else sent_id
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            yield _sentence_from_rows(sent_id, doc_id, rows, stts)
            rows = []
    if rows:
        yield _sentence_from_rows(sent_id, doc_id, rows, stts)


def ud_doc(vocab: Vocab, sents: list[UdSentence]) -> Doc:
    """Join sentences into one Doc so the parser learns sentence boundaries too."""
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    for sent in sents:
        offset = len(words)
        words += sent.words
        spaces += [*sent.spaces[:-1], True]
        tags += sent.tags or [None] * len(sent.words)
        pos += sent.pos
        morphs += sent.morphs
        lemmas += sent.lemmas
        heads += [h + offset for h in sent.heads]
        deps += sent.deps
        starts += [True] + [False] * (len(sent.words) - 1)
    has_tags = any(t is not None for t in tags)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags if has_tags else None,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def _chunks(sents: list[UdSentence], size: int) -> Iterator[list[UdSentence]]:
    for start in range(0, len(sents), size):
        yield sents[start : start + size]


def split_ud(ud_dir: Path) -> dict[str, list[list[UdSentence]]]:
    """Return lists of sentence groups (one group = one training Doc) per split name."""
    gsd = [s for name in UD_FILES[:2] for s in read_conllu(ud_dir / name)]
    pud = list(read_conllu(ud_dir / UD_FILES[2]))
    pud_docs: dict[str, list[UdSentence]] = {}
    for sent in pud:
        pud_docs.setdefault(sent.doc_id, []).append(sent)
    splits: dict[str, list[list[UdSentence]]] = {"train": [], "dev": [], "test-gsd": [], "test-pud": []}
    for n, doc in enumerate(pud_docs.values()):
        splits["test-pud" if n % 2 else "train"].append(doc)
    gsd_parts: dict[str, list[UdSentence]] = {"train": [], "dev": [], "test-gsd": []}
    for n, sent in enumerate(gsd):
        gsd_parts["test-gsd" if n % 10 == 0 else "dev" if n % 10 == 5 else "train"].append(sent)
    for name, sents in gsd_parts.items():
        splits[name] += list(_chunks(sents, SENTS_PER_DOC))
    return splits


def _read_tsv_blocks(path: Path) -> Iterator[list[str]]:
    if not path.is_file():
        raise CorpusError(f"missing corpus file: {path}")
    block: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def germeval_label(tag: str, deriv: str) -> str:
    """GermEval outer tag → PER/ORG/LOC/MISC IOB2; ``deriv`` ("misc" or "o") tells what LOCderiv becomes."""
    if tag == "O":
        return tag
    prefix, label = tag.split("-", 1)
    if label.endswith("part"):
        return "O"
    if label.endswith("deriv"):
        return f"{prefix}-MISC" if deriv == "misc" else "O"
    return f"{prefix}-{'MISC' if label == 'OTH' else label}"


def iob_to_spans(doc: Doc, tags: list[str]) -> list[Span]:
    """Read IOB1 or IOB2: an entity starts at B-, or at I- after O or another type."""
    spans: list[Span] = []
    start, label = None, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start is not None
        if start is not None and not continues:
            spans.append(Span(doc, start, i, label=label))
            start, label = None, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return spans


def ner_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    doc.ents = iob_to_spans(doc, tags)
    return doc


def read_germeval(path: Path, deriv: str) -> Iterator[tuple[str, Doc, Vocab]]:
    """Yield (source line, Doc) pairs; the source line is the ``#`` header with the URL."""
    vocab = Vocab()
    for block in _read_tsv_blocks(path):
        source = block[0] if block[0].startswith("#") else ""
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        yield source, ner_doc(vocab, [r[1] for r in rows], [germeval_label(r[2], deriv) for r in rows]), vocab


def read_europarl(path: Path) -> Iterator[Doc]:
    vocab = Vocab()
    for block in _read_tsv_blocks(path):
        rows = [line.split("\t") for line in block]
        yield ner_doc(vocab, [r[0] for r in rows], [r[4] for r in rows])


def is_news(source: str) -> bool:
    return bool(source) and "wikipedia.org" not in source


def split_ner(datasets: Path, deriv: str) -> dict[str, list[Doc]]:
    germeval = datasets / "germeval2014-ner"
    europarl = datasets / "europarl-ner-de"
    splits: dict[str, list[Doc]] = {"train": [], "dev": [], "test-germeval": [], "test-europarl": []}
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for source, doc, _ in read_germeval(germeval / name, deriv):
            crc = zlib.crc32(source.encode("utf-8") + doc.text.encode("utf-8"))
            if is_news(source) and crc % 3 == 0:
                splits["test-germeval"].append(doc)
            else:
                splits["dev" if crc % 20 == 1 else "train"].append(doc)
    for n, doc in enumerate(read_europarl(europarl / "train.tsv")):
        splits["dev" if n % 20 == 1 else "train"].append(doc)
    splits["test-europarl"] = list(read_europarl(europarl / "dev.tsv"))
    return splits


def write(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"{path}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")


def convert(datasets: Path, out_dir: Path, deriv: str = "misc") -> None:
    if not datasets.is_dir():
        raise CorpusError(f"datasets folder not found: {datasets}")
    vocab = spacy.blank("de").vocab
    for name, groups in split_ud(datasets / "ud-german").items():
        write([ud_doc(vocab, group) for group in groups], out_dir / f"ud-{name}.spacy")
    for name, docs in split_ner(datasets, deriv).items():
        write(docs, out_dir / f"ner-{name}.spacy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "datasets", type=Path, help="folder holding ud-german/, germeval2014-ner/, europarl-ner-de/"
    )
    parser.add_argument("out_dir", type=Path, help="where the .spacy files go (training/corpus)")
    parser.add_argument("--deriv", choices=("misc", "o"), default="misc", help="what LOCderiv etc. become")
    args = parser.parse_args()
    try:
        convert(args.datasets, args.out_dir, args.deriv)
    except CorpusError as err:
        raise SystemExit(f"error: {err}") from None


if __name__ == "__main__":
    main()
