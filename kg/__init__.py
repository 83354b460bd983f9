"""kg: a knowledge-graph builder for German news.

The notebook API (`kg.extract_texts`, `kg.KnowledgeGraph`) is imported on first use, so that `import kg` stays light
for the command line.
"""

from typing import Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "extract_texts"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
