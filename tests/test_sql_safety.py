"""Issue 8, "SQL: no string-built SQL with user input anywhere": a grep-able rule.

Every call that hands SQL text to the database -- `text(...)`/`sql(...)`
(sqlalchemy.text), `exec_driver_sql(...)`, and `.execute(...)`/`.exec(...)` given a
string -- is found with `ast` in ingest/, extract/, evidence/ and cli/. Its SQL
must be built only from:

- string literals;
- UPPER_CASE names (module constants: table and column names, fixed fragments);
- local variables every assignment of which is itself such an expression (or a
  loop over a tuple of them, or the result of a builder in SQL_BUILDERS);
- f-strings, `+`, and `x if c else y` over the above.

`%`-formatting and `.format()` are never allowed; values go in as bound
parameters (`:name`). Each violation is reported as `file:line: reason`.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import PROJECT_DIR

SCANNED = ("ingest", "extract", "evidence", "cli")

# Functions that return SQL fragments assembled from literals, with every value
# a bound parameter (checked by reading them; each entry says where).
SQL_BUILDERS: dict[str, str] = {
    "_filters": "evidence/docsearch.py: WHERE fragments such as 'd.year >= :year_from' joined by ' AND '",
    "measure_conditions": "evidence/docsearch.py: conditions on a measure such as 'm.kind = :measure_kind'",
    "select_list": "evidence/records.py: the quoted column names of schema_columns.TABLES[table] (KeyError for any other name)",
    "_tsquery": "evidence/search.py: to_tsquery/plainto_tsquery of the bound :q with the constant TS_CONFIG",
}
# Parameters that carry SQL text into a function, with the reason every caller
# passes a safe expression (the callers are checked by this same rule).
# Every call of such a function in the scanned sources is checked in turn
# (test_sql_parameters_get_safe_sql_from_every_caller).
SQL_PARAMETERS: dict[tuple[str, str, str], str] = {
    ("evidence/search.py", "_run", "statement"): "the search statements built in this module",
    ("evidence/search.py", "search_measure_ids", "where"): "evidence/measures.py passes docsearch.measure_conditions()'s fragments",
    ("evidence/docsearch.py", "_rank", "where"): "search_documents passes docsearch._filters()'s fragments",
    ("evidence/measure_search.py", "_measures_of", "where"): "find_measures passes docsearch.measure_conditions()'s fragments",
    ("evidence/measure_search.py", "_raw_measure_ids", "where"): "find_measures passes docsearch.measure_conditions()'s fragments",
    ("evidence/migrations/versions/0005_postgres_fts.py", "_backfill", "select"): "upgrade()'s SELECT literals",
    ("evidence/reader.py", "rows", "statement"): "the read functions' SQL (listing, bibliography, docsearch)",
    ("evidence/docsearch.py", "sql", "statement"): "the index writers' statements in this module",
    ("evidence/rows.py", "execute_many", "statement"): "the index writers' INSERT literals (docsearch, search)",
    ("evidence/listing.py", "_document_rows", "where"): "find_document's literal WHERE clauses",
    ("evidence/records.py", "records", "table"): "check and verdicts pass literal table names",
    ("evidence/records.py", "records", "where"): "check and verdicts pass literal conditions with bound parameters",
    ("evidence/records.py", "records", "order"): "check and verdicts pass literal column names",
    ("evidence/migrations/versions/0005_postgres_fts.py", "_backfill", "insert"): "upgrade()'s INSERT literals",
}

SINK_NAMES = {"text", "sql"}
SINK_METHODS = {"text", "exec_driver_sql"}
STRING_METHODS = {"execute", "exec"}  # sinks only when given a string expression


def _is_constant_name(name: str) -> bool:
    core = name.lstrip("_")
    return bool(core) and core.upper() == core and any(c.isalpha() for c in core)


class _Checker:
    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.rel = path.relative_to(PROJECT_DIR).as_posix()
        self.tree = tree
        self.violations: list[str] = []

    def run(self) -> list[str]:
        for func in [n for n in ast.walk(self.tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]:
            for call in ast.walk(func):
                if isinstance(call, ast.Call) and call.args and self._is_sink(call):
                    reason = self._unsafe(call.args[0], func, set())
                    if reason:
                        self.violations.append(f"{self.rel}:{call.lineno}: {reason}")
        return self.violations

    def _is_sink(self, call: ast.Call) -> bool:
        f = call.func
        if isinstance(f, ast.Name):
            return f.id in SINK_NAMES
        if isinstance(f, ast.Attribute):
            if f.attr in SINK_METHODS:
                return True
            if f.attr in STRING_METHODS:
                return isinstance(call.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp)) and not (
                    isinstance(call.args[0], ast.Constant) and not isinstance(call.args[0].value, str)
                )
        return False

    def _unsafe(self, node: ast.expr, func: ast.AST, seen: set[str]) -> str | None:
        """None when `node` builds SQL only from safe parts, else the reason."""
        if isinstance(node, ast.Constant):
            return None if isinstance(node.value, (str, int)) else f"non-string constant {node.value!r} in SQL"
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    reason = self._unsafe(part.value, func, seen)
                    if reason:
                        return f"f-string interpolates {ast.unparse(part.value)!r}: {reason}"
            return None
        if isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.Mod):
                return "%-formatting builds SQL; use bound parameters"
            if isinstance(node.op, ast.Add):
                return self._unsafe(node.left, func, seen) or self._unsafe(node.right, func, seen)
            return f"operator {type(node.op).__name__} in SQL"
        if isinstance(node, ast.IfExp):
            return self._unsafe(node.body, func, seen) or self._unsafe(node.orelse, func, seen)
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr == "format":
                return ".format() builds SQL; use bound parameters"
            if isinstance(f, ast.Name) and f.id in SQL_BUILDERS:
                return None
            return f"call {ast.unparse(node)!r} builds SQL (add it to SQL_BUILDERS only if it uses literals and bound parameters)"
        if isinstance(node, ast.Name):
            return self._unsafe_name(node.id, func, seen)
        return f"{type(node).__name__} {ast.unparse(node)!r} in SQL"

    def _unsafe_name(self, name: str, func: ast.AST, seen: set[str]) -> str | None:
        if _is_constant_name(name) or name in seen:
            return None
        seen = seen | {name}
        assert isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
        params = {a.arg for a in func.args.args + func.args.kwonlyargs + func.args.posonlyargs}
        if name in params:
            if (self.rel, func.name, name) in SQL_PARAMETERS:
                return None
            return f"parameter {name!r} of {func.name}() reaches SQL (user input?)"
        sources = list(self._assignments(name, func))
        if not sources:
            return f"name {name!r} is not a constant nor assigned in {func.name}()"
        for value in sources:
            reason = self._unsafe(value, func, seen)
            if reason:
                return f"{name!r} = {ast.unparse(value)[:60]!r}: {reason}"
        return None

    def _assignments(self, name: str, func: ast.AST):  # type: ignore[no-untyped-def]
        """The expressions `name` is given in `func` (tuple unpacking: the whole right side)."""
        for node in ast.walk(func):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        yield node.value
                    elif isinstance(target, ast.Tuple) and any(
                        isinstance(e, ast.Name) and e.id == name for e in target.elts
                    ):
                        if isinstance(node.value, ast.Tuple) and len(node.value.elts) == len(target.elts):
                            yield node.value.elts[[getattr(e, "id", None) for e in target.elts].index(name)]
                        else:
                            yield node.value
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and isinstance(node.target, ast.Name):
                if node.target.id == name and node.value is not None:
                    yield node.value
            elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) and node.target.id == name:
                if isinstance(node.iter, (ast.Tuple, ast.List)):
                    yield from node.iter.elts
                else:
                    yield node.iter


def scan(path: Path) -> list[str]:
    return _Checker(path, ast.parse(path.read_text(encoding="utf-8"), str(path))).run()


def _sources() -> list[Path]:
    return sorted(p for d in SCANNED for p in (PROJECT_DIR / d).rglob("*.py"))


def test_no_string_built_sql_with_user_input() -> None:
    violations = [v for p in _sources() for v in scan(p)]
    assert violations == [], "SQL built from non-constant strings:\n" + "\n".join(violations)


def test_allow_lists_name_functions_that_exist() -> None:
    """An allow-list entry for a function that is gone would silently allow a new one."""
    defined = {
        (p.relative_to(PROJECT_DIR).as_posix(), n.name)
        for p in _sources()
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(n, ast.FunctionDef)
    }
    names = {name for _, name in defined}
    assert set(SQL_BUILDERS) <= names
    assert {(f, fn) for f, fn, _ in SQL_PARAMETERS} <= defined


def test_sql_parameters_get_safe_sql_from_every_caller() -> None:
    for (rel, func_name, param), _why in SQL_PARAMETERS.items():
        tree = ast.parse((PROJECT_DIR / rel).read_text(encoding="utf-8"))
        target = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == func_name)
        params = [a.arg for a in target.args.args]
        if params[:1] == ["self"]:  # a method: called as `obj.method(...)`, without self
            params = params[1:]
        position = params.index(param)
        calls = 0
        for path in _sources():
            module = ast.parse(path.read_text(encoding="utf-8"))
            checker = _Checker(path, module)
            for caller in [n for n in ast.walk(module) if isinstance(n, ast.FunctionDef)]:
                for call in ast.walk(caller):
                    f = call.func if isinstance(call, ast.Call) else None
                    if getattr(f, "id", getattr(f, "attr", None)) != func_name:
                        continue
                    calls += 1
                    given = {k.arg: k.value for k in call.keywords}  # type: ignore[union-attr]
                    if position >= len(call.args) and param not in given:  # type: ignore[union-attr]
                        continue  # left at its default: a literal in the function's signature
                    arg = call.args[position] if position < len(call.args) else given[param]  # type: ignore[union-attr]
                    reason = checker._unsafe(arg, caller, set())
                    assert reason is None, f"{checker.rel}:{call.lineno}: {func_name}({param}=...): {reason}"  # type: ignore[union-attr]
        assert calls, f"{rel}: {func_name} is never called; drop it from SQL_PARAMETERS"


BAD_SNIPPETS = [
    ('def f(conn, name):\n    conn.execute(text(f"SELECT * FROM t WHERE n = \'{name}\'"))\n', "parameter 'name'"),
    ('def f(conn, name):\n    conn.execute(text("SELECT * FROM t WHERE n = \'%s\'" % name))\n', "%-formatting"),
    ('def f(conn, name):\n    conn.execute(sql("SELECT {}".format(name)))\n', ".format()"),
    ('def f(conn, q):\n    s = "SELECT * FROM t WHERE n = " + q\n    conn.exec_driver_sql(s)\n', "parameter 'q'"),
    ('def f(conn, q):\n    conn.execute("DELETE FROM t WHERE x = " + q)\n', "parameter 'q'"),
    ('def f(conn, row):\n    conn.execute(text(f"SELECT {row.column}"))\n', "Attribute"),
    ('def f(conn, q):\n    t = q.strip()\n    conn.execute(text(f"SELECT {t}"))\n', "call"),
]
GOOD_SNIPPETS = [
    'TABLE = "block"\ndef f(conn, doc):\n    conn.execute(text(f"DELETE FROM {TABLE} WHERE d = :doc"), {"doc": doc})\n',
    'A = "a"\nB = "b"\ndef f(conn):\n    for t in (A, B):\n        conn.execute(sql(f"DELETE FROM {t}"))\n',
    'def f(conn, pg):\n    s = "SELECT 1" if pg else "SELECT 2"\n    conn.execute(text(s + " LIMIT :n"), {"n": 1})\n',
]


def test_rule_catches_string_built_sql(tmp_path: Path) -> None:
    """The rule is not vacuous: each classic injection shape is reported with its line."""
    for i, (snippet, reason) in enumerate(BAD_SNIPPETS):
        path = PROJECT_DIR / "cli" / f"_sql_probe_{i}.py"
        found = _Checker(path, ast.parse(snippet)).run()
        assert len(found) == 1 and reason in found[0] and found[0].startswith(f"cli/_sql_probe_{i}.py:"), (snippet, found)
    for snippet in GOOD_SNIPPETS:
        assert _Checker(PROJECT_DIR / "cli" / "_sql_probe.py", ast.parse(snippet)).run() == [], snippet
