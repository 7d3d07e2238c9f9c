#include "core/catalog/catalog_graph.h"

#include <functional>
#include <queue>
#include <unordered_map>

namespace cloudgap {
namespace {

// Adjacency by catalog index; `edge_of[i][k]` keeps the position in controls[i].depends_on
// that edges[i][k] came from, so a cycle can point at the offending entry.
struct Graph {
  std::vector<std::vector<size_t>> edges;
  std::vector<std::vector<size_t>> edge_of;
};

Graph BuildGraph(const Catalog& catalog) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < catalog.controls.size(); ++i) index.emplace(catalog.controls[i].id, i);
  Graph graph;
  graph.edges.resize(catalog.controls.size());
  graph.edge_of.resize(catalog.controls.size());
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const std::vector<std::string>& deps = catalog.controls[i].depends_on;
    for (size_t k = 0; k < deps.size(); ++k) {
      auto it = index.find(deps[k]);
      if (it == index.end() || it->second == i) continue;
      graph.edges[i].push_back(it->second);
      graph.edge_of[i].push_back(k);
    }
  }
  return graph;
}

}  // namespace

std::string DependencyCycle::Describe(const Catalog& catalog) const {
  std::string text;
  for (size_t i : path) {
    if (!text.empty()) text += " -> ";
    text += catalog.controls[i].id;
  }
  return text;
}

std::vector<DependencyCycle> FindDependencyCycles(const Catalog& catalog) {
  Graph graph = BuildGraph(catalog);
  enum class Mark { kUnvisited, kOnStack, kDone };
  std::vector<Mark> mark(graph.edges.size(), Mark::kUnvisited);
  std::vector<size_t> stack;
  std::vector<DependencyCycle> cycles;

  // Recursion depth is bounded by the number of controls (tens), so plain recursion is fine.
  std::function<void(size_t)> visit = [&](size_t node) {
    mark[node] = Mark::kOnStack;
    stack.push_back(node);
    for (size_t k = 0; k < graph.edges[node].size(); ++k) {
      size_t next = graph.edges[node][k];
      if (mark[next] == Mark::kUnvisited) {
        visit(next);
      } else if (mark[next] == Mark::kOnStack) {
        DependencyCycle cycle;
        size_t start = stack.size();
        while (stack[start - 1] != next) --start;
        cycle.path.assign(stack.begin() + static_cast<std::ptrdiff_t>(start - 1), stack.end());
        cycle.path.push_back(next);
        cycle.edge = graph.edge_of[node][k];
        cycles.push_back(std::move(cycle));
      }
    }
    stack.pop_back();
    mark[node] = Mark::kDone;
  };
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    if (mark[i] == Mark::kUnvisited) visit(i);
  }
  return cycles;
}

std::vector<const Control*> TopologicalOrder(const Catalog& catalog) {
  Graph graph = BuildGraph(catalog);
  size_t n = graph.edges.size();
  // Kahn's algorithm on the reversed edges: a control is ready once all it depends on is placed.
  std::vector<size_t> unmet(n, 0);
  std::vector<std::vector<size_t>> dependents(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t dep : graph.edges[i]) {
      ++unmet[i];
      dependents[dep].push_back(i);
    }
  }
  std::priority_queue<size_t, std::vector<size_t>, std::greater<size_t>> ready;
  for (size_t i = 0; i < n; ++i) {
    if (unmet[i] == 0) ready.push(i);
  }
  std::vector<const Control*> order;
  std::vector<bool> placed(n, false);
  while (!ready.empty()) {
    size_t i = ready.top();
    ready.pop();
    order.push_back(&catalog.controls[i]);
    placed[i] = true;
    for (size_t dependent : dependents[i]) {
      if (--unmet[dependent] == 0) ready.push(dependent);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!placed[i]) order.push_back(&catalog.controls[i]);
  }
  return order;
}

}  // namespace cloudgap
