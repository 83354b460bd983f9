"""Time to a still network in headless Chromium, for pages of 500 and 5,000 nodes.

A synthetic actor network shaped like news data (a few hubs, many people linked to one or two others, about
two edges a node) is written with `kg.views.page.write_page` and opened offline with `kg.views.chromium`.
Printed per size: seconds to write the page (layout included), its size, and the time from navigation
start until the page reported the network drawn and still (median of the runs). The page and a screenshot of
its first run stay in the output folder.

    .venv/bin/python benchmarks/viz_speed.py [--sizes 500 5000] [--runs 3] [--out output/benchmarks]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

import networkx as nx

from kg.views.chromium import open_page
from kg.views.page import write_page

KINDS = ("Person", "Person", "Person", "Organization", "Country", "Group")
LINKS = ("accused", "demanded of", "met", "addressed", "spoke about")


def news_like(nodes: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A scale-free directed graph with actor kinds, labels, link labels and weights."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, 2, seed=seed)
    graph = nx.MultiDiGraph()
    for node in shape:
        graph.add_node(node, kind=rng.choice(KINDS), label=f"Akteur {node}", tooltip=f"Akteur {node}")
    for u, v in shape.edges():
        link = rng.choice(LINKS)
        graph.add_edge(u, v, label=link, weight=rng.randint(1, 4), tooltip=f"Akteur {u} {link} Akteur {v}")
    return graph


def measure(nodes: int, runs: int, out: Path) -> str:
    graph = news_like(nodes)
    path = out / f"viz_{nodes}.html"
    start = time.perf_counter()
    write_page(graph, path, title=f"{nodes} nodes", color_by="community")
    written = time.perf_counter() - start
    shot = path.with_suffix(".png")
    reports = [open_page(path, timeout=120, screenshot=shot if run == 0 else None) for run in range(runs)]
    for report in reports:
        if report.state != "still" or report.errors:
            raise SystemExit(f"{path}: state {report.state!r}, errors {report.errors}")
    still = statistics.median(r.still_ms for r in reports)
    drawn = reports[0]
    return (
        f"| {nodes:,} | {graph.number_of_edges():,} | {drawn.drawn_nodes:,} / {drawn.drawn_edges:,} "
        f"| {written:.2f} s | {path.stat().st_size / 1e6:.1f} MB | {still / 1000:.2f} s |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("output/benchmarks"))
    args = parser.parse_args()
    print("| nodes | edges | drawn nodes / edges | write page | page size | time to still (median) |")
    print("|---|---|---|---|---|---|")
    for nodes in args.sizes:
        print(measure(nodes, args.runs, args.out), flush=True)


if __name__ == "__main__":
    main()
