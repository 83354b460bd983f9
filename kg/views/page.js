// Draws the network from the page's JSON and reports what it drew in #kg-status.
// Every text from the articles reaches the page through textContent, innerText or <option>.value: never as markup.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const status = document.getElementById("kg-status");
  const details = document.getElementById("kg-details");
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(document.getElementById("kg-network"), { nodes, edges }, data.options);
  window.kgNetwork = network; // for the browser's console and the tests

  function report(state) {
    const drawnNodes = network.body.nodeIndices.length;
    const drawnEdges = network.body.edgeIndices.length;
    status.dataset.drawnNodes = String(drawnNodes);
    status.dataset.drawnEdges = String(drawnEdges);
    status.dataset.stillMs = String(Math.round(performance.now()));
    status.dataset.state = state;
    status.textContent = drawnNodes + " nodes · " + drawnEdges + " edges";
  }

  function whenDrawn(state) {
    network.once("afterDrawing", function () { report(state); });
    network.redraw();
  }

  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      whenDrawn("still");
    });
  } else {
    whenDrawn("still");
  }

  function show(item) {
    details.textContent = item && item.title ? item.title : "";
  }
  network.on("click", function (params) {
    if (params.nodes.length) show(nodes.get(params.nodes[0]));
    else if (params.edges.length) show(edges.get(params.edges[0]));
  });

  const labels = document.getElementById("kg-labels");
  const byLabel = new Map();
  nodes.forEach(function (node) {
    const key = node.name.toLowerCase();
    if (!byLabel.has(key)) {
      byLabel.set(key, node.id);
      labels.appendChild(new Option(node.name));
    }
  });

  function find(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return null;
    if (byLabel.has(wanted)) return byLabel.get(wanted);
    for (const [label, id] of byLabel) if (label.includes(wanted)) return id;
    return null;
  }

  document.getElementById("kg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    const found = document.getElementById("kg-found");
    const id = find(document.getElementById("kg-query").value);
    if (id === null) {
      found.textContent = "not found";
      status.dataset.found = "";
      return;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    const node = nodes.get(id);
    show(node);
    found.textContent = node.name;
    status.dataset.found = String(id);
  });
})();
