"""Fixtures shared by the test modules: the extractors, each loaded once per session."""

from __future__ import annotations

import pytest

from kg.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor("blank")


@pytest.fixture(scope="session", params=["blank", None], ids=["rules", "shipped"])
def both(request: pytest.FixtureRequest) -> Extractor:
    return Extractor(request.param)
