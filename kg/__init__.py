"""kg: a knowledge-graph builder for German news."""

__version__ = "0.1.0"
