"""Typing rules mypy cannot state: no function signature in vocab_app/gui/ mentions `Any`.

mypy checks gui/ without strict mode (pyproject [tool.mypy]); an `Any` parameter or return type
would switch its checking off at every call, so the GUI names real types instead. The functions
that still have one when this rule came in are listed in ALLOWED: the list may only shrink (a
function that lost its `Any` must leave the list), and nothing may join it.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "vocab_app" / "gui"

# file → functions whose signature still mentions Any (to be typed, then removed from here).
ALLOWED: dict[str, tuple[str, ...]] = {
    "actions.py": ("add_action",),
    "candidate_model.py": (
        "CandidateModel.__init__", "CandidateModel.curated_result", "CandidateModel.data",
        "CandidateModel.headerData", "CandidateModel.result", "CandidateModel.setData",
        "CandidateModel.set_result", "_sort_key",
    ),
    "detail_pane.py": ("DetailPane._on_detail", "detail_html", "source_line_html",),
    "export_dialog.py": (
        "ExportDialog._fill_choices.choices", "ExportDialog._job", "ExportDialog._on_choices",
        "ExportDialog._on_done", "ExportDialog.success_text",
    ),
    "first_run.py": ("WelcomePage._on_done",),
    "library_filters.py": ("FilterBar._combo", "FilterBar._refill", "FilterBar.set_choices",),
    "library_view.py": (
        "LibraryView._action", "LibraryView._fill_choices.choices",
        "LibraryView._on_choices", "LibraryView._show_context_menu",
        "LibraryView._update_actions", "LibraryView.add_to_list.add", "LibraryView.keyPressEvent",
    ),
    "list_terms_model.py": (
        "ListTermsModel.__init__", "ListTermsModel.data", "ListTermsModel.headerData",
        "ListTermsModel.setData", "ListTermsModel.set_terms", "ListTermsModel.term_at",
    ),
    "lists_dialog.py": (
        "ListsDialog._action", "ListsDialog._arrow", "ListsDialog._button",
        "ListsDialog._import_previewed.done", "ListsDialog._on_lists",
        "ListsDialog._on_lists_dragged", "ListsDialog._on_terms",
        "ListsDialog._run", "ListsDialog._run.done", "ListsDialog._selected_terms",
        "ListsDialog._update_buttons", "ListsDialog.showEvent",
        "_ListDelegate.initStyleOption",
    ),
    "mine_view.py": (
        "MineView._on_imported", "MineView._on_mined", "MineView._show_errors",
        "MineView._update_summary",
    ),
    "ops.py": ("Ops.__init__", "Ops._library_on_worker", "Ops.run",),
    "review_card.py": ("card_html", "summary_html",),
    "review_view.py": (
        "ReviewView._on_started", "ReviewView._open", "ReviewView.current_card",
        "ReviewView.keyPressEvent", "ReviewView.start_session.start", "ReviewView.summary",
    ),
    "stats_view.py": ("StatsView._on_stats", "StatsView.refresh.fetch", "StatsView.stats",),
    "term_model.py": (
        "TermTableModel.__init__", "TermTableModel._fetch_wanted.fetch",
        "TermTableModel._on_loaded", "TermTableModel._on_pages", "TermTableModel._reload.load",
        "TermTableModel.data", "TermTableModel.headerData", "TermTableModel.ids_resolver",
        "TermTableModel.ids_resolver.resolve", "TermTableModel.row_data", "TermTableModel.setData",
        "TermTableModel.set_filter", "TermTableModel.term_filter", "_cell_text", "update_glosses",
    ),
}


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


def _allowed() -> set[str]:
    return {f"{file}:{name}" for file, names in ALLOWED.items() for name in names}


def test_no_gui_signature_gains_an_any():
    new = sorted(scan(GUI) - _allowed())
    assert new == [], f"Any in a gui/ signature (name the real type): {new}"


def test_the_allowed_list_only_shrinks():
    typed = sorted(_allowed() - scan(GUI))
    assert typed == [], f"no longer using Any, so remove them from ALLOWED: {typed}"


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
    assert scan(copy) - _allowed() == {"stats_view.py:Planted.f"}


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
