"""Where kg's data files live, in a checkout and in an installed wheel alike."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _ontology_dir() -> Path:
    packaged = PACKAGE_DIR / "ontology"  # the wheel force-includes ontology/ here
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "ontology"


ONTOLOGY_DIR = _ontology_dir()
QUERIES_DIR = PACKAGE_DIR / "queries"
MODELS_DIR = PACKAGE_DIR / "models"
