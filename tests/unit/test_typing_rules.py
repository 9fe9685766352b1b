"""Typing rules mypy cannot state: no function signature in vocab_app/gui/ mentions `Any`.

mypy checks gui/ without strict mode (pyproject [tool.mypy]); an `Any` parameter or return type
would switch its checking off at every call, so the GUI names real types instead: Qt's (a model's
`data` returns `object`, a `setData` value is an `object`), the services' records, `Library`.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "vocab_app" / "gui"


def _mentions_any(annotation: ast.expr | None) -> bool:
    """Whether an annotation names typing.Any anywhere (`Any`, `list[Any]`, `"Any | None"`)."""
    if annotation is None:
        return False
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name) and node.id == "Any":
            return True
        if isinstance(node, ast.Attribute) and node.attr == "Any":
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                inner = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                continue
            if _mentions_any(inner):
                return True
    return False


def any_in_signatures(source: str) -> list[str]:
    """Qualified names (`Class.method`) of the functions whose parameters or return type
    mention Any, in source order."""
    found: list[str] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                a = child.args
                params = [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]
                annotations = [p.annotation for p in params if p is not None]
                if any(_mentions_any(x) for x in [*annotations, child.returns]):
                    found.append(f"{prefix}{child.name}")
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return found


def scan(folder: Path) -> set[str]:
    """`file.py:qualname` of every function in `folder` with Any in its signature."""
    return {f"{path.name}:{name}" for path in sorted(folder.glob("*.py"))
            for name in any_in_signatures(path.read_text(encoding="utf-8"))}


def test_no_gui_signature_mentions_any():
    found = sorted(scan(GUI))
    assert found == [], f"Any in a gui/ signature (name the real type): {found}"


@pytest.mark.parametrize("signature", [
    "def f(x: Any) -> None: ...",
    "def f(x: int) -> Any: ...",
    "def f(*args: Any) -> None: ...",
    "def f(**kw: typing.Any) -> None: ...",
    "def f(x: list[Any] | None = None) -> None: ...",
    "def f(x: 'dict[str, Any]') -> None: ...",
    "def f() -> Callable[..., Any]: ...",
    "async def f(*, x: Any) -> None: ...",
])
def test_a_planted_any_in_the_gui_fails_the_rule(tmp_path, signature):
    """A copy of gui/ with one more function whose signature uses Any is caught, by name."""
    copy = tmp_path / "gui"
    shutil.copytree(GUI, copy, ignore=shutil.ignore_patterns("__pycache__"))
    view = copy / "stats_view.py"
    view.write_text(view.read_text(encoding="utf-8")
                    + "\n\nclass Planted:\n    " + signature + "\n", encoding="utf-8")
    assert scan(copy) == {"stats_view.py:Planted.f"}


def test_any_elsewhere_is_not_a_signature():
    """Any inside a body, in a variable annotation or in a name that merely contains it is fine."""
    source = (
        "Anything = int\n"
        "rows: list[Any] = []\n"
        "def f(x: Anything, y: 'Company') -> int:\n"
        "    z: Any = x\n"
        "    return cast(Any, z)\n"
    )
    assert any_in_signatures(source) == []
