"""The mutation operators of shell/mutate (docs/testing.md, "Mutation testing").

Each operator finds places in the *code* of a C++ file (comments, string and
character literals and preprocessor lines are masked out before matching) and
proposes one replacement per place. A mutant is exactly one replacement.

The project's code is clang-formatted (Google style), so binary operators are
written with a space either side: ` < ` is a comparison, `std::vector<int>` is
a template, `T&& x` is a reference. The patterns rely on that.
"""

import re

# Relational and boundary changes: each comparison becomes its boundary twin,
# and == / != swap.
RELATIONAL = {
    "<": "<=",
    "<=": "<",
    ">": ">=",
    ">=": ">",
    "==": "!=",
    "!=": "==",
}

LOGICAL = {"&&": "||", "||": "&&"}

BOOLEAN_LITERALS = {"true": "false", "false": "true"}

# Removed statements in validation paths: a statement that starts with one of
# these (at the start of a statement: after ; { } ) : or else) is deleted
# whole, up to its terminating ; at bracket depth 0, and replaced by {}.
DELETABLE_STATEMENTS = [
    ("errors_.Add(...)", r"errors_\s*\.\s*Add\s*\("),
    ("errors.Add(...)", r"errors\s*(?:\.|->)\s*Add\s*\("),
    ("Error(...)", r"Error\s*\("),
    ("AddError(...)", r"AddError\s*\("),
    ("errors.push_back(...)", r"(?:[\w.]+(?:->|\.))?errors\s*(?:\.|->)\s*(?:push_back|emplace_back)\s*\("),
    ("findings.push_back(...)", r"findings\s*\.\s*(?:push_back|emplace_back)\s*\("),
    ("reasons->push_back(...)", r"(?:reasons|\w+\.readiness_reasons)\s*(?:\.|->)\s*push_back\s*\("),
    ("Cap(...)", r"Cap\s*\("),
    ("return false;", r"return\s+false\s*;"),
    ("return std::nullopt;", r"return\s+std::nullopt\s*;"),
    ("return fail(...)", r"return\s+fail\s*\("),
    ("continue;", r"continue\s*;"),
]

# Swapped comparator order: `return a < b;` -> `return b < a;`, and the two
# arguments of a call to a comparator-like function swapped.
COMPARATOR_FUNCTIONS = r"\w*(?:Before|Less|Greater|Compare|Cmp|Precedes|Order)\w*"

# Integer constants off by one: a decimal literal n becomes n + 1 and (n > 0)
# n - 1. Not hex, not floating point, not part of a name.
INTEGER = re.compile(r"(?<![\w.'])(?<!\d[eE][-+])(\d+)([uUlL]*)(?![\w.'])")

# Calls whose arguments are never mutated: they change capacity, not behaviour,
# so every mutant there would be equivalent.
NO_EFFECT_CALLS = ["reserve", "shrink_to_fit"]

# Functions whose bodies are never mutated: they only start loads early
# (src/core/engine/prefetch.h), so a mutant there changes timing, not results.
NO_EFFECT_FUNCTIONS = re.compile(r"\bvoid\s+Prefetch\w*\s*\(")

# The operators, by name, for --operators and the report.
OPERATOR_NAMES = {
    "relational": "relational and boundary: < <= > >= == != to their twin",
    "logical": "&& <-> ||",
    "negation": "!x -> x",
    "boolean": "true <-> false",
    "delete": "removed statement in a validation path",
    "constant": "integer constant +1 / -1",
    "swap": "swapped comparator order",
}
