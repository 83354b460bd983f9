"""Write the name lists NER takes as a feature (kg/nlp/name_lists.py): first names and surnames.

    name_lists.py OUTPUT.json.gz [--genders ../ontology/first-names.tsv]

The names are the name tables of every locale of the ``Faker`` package (MIT licence), which carries them, so this
runs offline (``pip install -e '.[train]'``). Only one-word names in Latin script are kept, since the feature is a
token's. `--genders` also writes the first names that Faker lists as only male or only female, which the
extraction reads to tell whom `er` and `sie` stand for.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.nlp.name_lists import NameLists

try:
    import faker.providers.person
except ModuleNotFoundError:
    raise SystemExit("name_lists.py needs Faker, which carries the name tables: pip install -e '.[train]'") from None

FIRST_NAME_TABLES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def latin_word(name: str) -> bool:
    """A capitalised single word in Latin script (hyphens allowed): what a German text can contain as one token."""
    return (
        len(name) > 2
        and name[0].isupper()
        and all(char.isalpha() or char == "-" for char in name)
        and all("LATIN" in unicodedata.name(char, "") for char in name if char != "-")
    )


def faker_names(tables: Iterable[str]) -> Iterator[str]:
    """The names in the given tables of every locale's person provider (a table is a list or a weighted dict)."""
    for table in tables:
        for names in _locale_tables(table):
            yield from names


def words(names: Iterable[str]) -> list[str]:
    return sorted({name for name in names if latin_word(name)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the .json.gz file to write")
    parser.add_argument("--genders", type=Path, help="also write first names of one gender as TSV (name, m|f)")
    args = parser.parse_args()
    lists = NameLists(
        first_names=words(faker_names(FIRST_NAME_TABLES)), surnames=words(faker_names(["last_names"]))
    )
    lists.save(args.output)
    print(f"{len(lists.first_names):,} first names, {len(lists.surnames):,} surnames -> {args.output}")
    if args.genders:
        write_genders(args.genders)


def write_genders(path: Path) -> None:
    """Names Faker lists as male only or female only, or as one in at least ten locales and as the other in at most
    one (`Christian`, `Luca`: 21 and 13 locales against one); names of both (`Andrea`, `Kim`) are left out."""
    male, female = _locale_counts("first_names_male"), _locale_counts("first_names_female")
    rows = sorted(
        [(name, "m") for name in male if _of_one_gender(male[name], female[name])]
        + [(name, "f") for name in female if _of_one_gender(female[name], male[name])]
    )
    header = "# First names of one gender, from the name tables of Faker's locales (MIT licence).\n"
    header += "# Written by training/scripts/name_lists.py --genders; read by kg/nlp/gender.py.\n"
    path.write_text(header + "".join(f"{name}\t{gender}\n" for name, gender in rows), encoding="utf-8")
    print(f"{len(rows):,} first names of one gender -> {path}")


def _locale_counts(table: str) -> Counter[str]:
    """In how many locales Faker lists each first name in the table."""
    return Counter(name for locale in _locale_tables(table) for name in set(words(locale)))


def _locale_tables(table: str) -> Iterator[list[str]]:
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"{faker.providers.person.__name__}.{module.name}").Provider
        names = getattr(provider, table, ())
        if isinstance(names, list | tuple | dict):
            yield list(names)


def _of_one_gender(locales: int, other: int) -> bool:
    return other == 0 or (locales >= 10 and other <= 1)


if __name__ == "__main__":
    main()
