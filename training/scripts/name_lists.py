"""Write the name lists NER takes as a feature (kg/nlp/name_lists.py): first names and surnames.

    name_lists.py OUTPUT.json.gz

The names are the name tables of every locale of the ``Faker`` package (MIT licence), which carries them, so this
runs offline (``pip install -e '.[train]'``). Only one-word names in Latin script are kept, since the feature is a
token's.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import unicodedata
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
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"{faker.providers.person.__name__}.{module.name}").Provider
        for table in tables:
            names = getattr(provider, table, ())
            if isinstance(names, list | tuple | dict):
                yield from names


def words(names: Iterable[str]) -> list[str]:
    return sorted({name for name in names if latin_word(name)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the .json.gz file to write")
    args = parser.parse_args()
    lists = NameLists(
        first_names=words(faker_names(FIRST_NAME_TABLES)), surnames=words(faker_names(["last_names"]))
    )
    lists.save(args.output)
    print(f"{len(lists.first_names):,} first names, {len(lists.surnames):,} surnames -> {args.output}")


if __name__ == "__main__":
    main()
