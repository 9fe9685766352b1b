"""The layers import only downwards: gui → services → core (mining, srs, store, export).

Read from the source (every `import`, also those inside functions), so a lazy import cannot
hide a wrong direction. Beside test_layering.py (core never imports Qt, checked at run time)
and test_sql_ownership.py (only store/ speaks SQL).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vocab_app"

#: What each package may import of vocab_app, besides itself and the shared leaf modules.
SHARED = {"errors", "wording", "paths", "i18n_text"}
ALLOWED: dict[str, set[str]] = {
    "mining": set(),
    "srs": set(),
    "store": {"mining", "srs"},
    "export": {"mining", "srs", "store"},
    "services": {"mining", "srs", "store", "export", "pdf"},
    "gui": {"services"},
    "cli": {"services", "mining", "srs", "gui"},
}
#: Value types the GUI may name directly: records and tables, no work and no SQL.
GUI_VALUE_MODULES = {"vocab_app.mining.model", "vocab_app.srs.grades"}


def _imports(source: str) -> list[str]:
    """Every vocab_app module a source imports (absolute imports; the package uses no others)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [m for m in found if m == "vocab_app" or m.startswith("vocab_app.")]


def layer_violations(package: Path) -> list[str]:
    """`file: module` for each import that goes up or sideways across the layers."""
    bad = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        if len(parts) < 2 or parts[0] not in ALLOWED:
            continue  # top-level modules (paths, errors, pdf, __main__) are not a layer
        layer = parts[0]
        for module in _imports(path.read_text(encoding="utf-8")):
            target = module.split(".")[1] if module.count(".") else ""
            if target in ("", layer) or target in SHARED:
                continue
            if layer == "gui" and module in GUI_VALUE_MODULES:
                continue
            if target not in ALLOWED[layer]:
                bad.append(f"{path.relative_to(package)}: {module}")
    return bad


def test_layers_import_only_downwards():
    assert layer_violations(PACKAGE) == []


def test_a_planted_upward_import_is_reported(tmp_path):
    pkg = tmp_path / "vocab_app"
    for layer in ("mining", "store", "gui", "services"):
        (pkg / layer).mkdir(parents=True)
    (pkg / "mining" / "rule.py").write_text(
        "def f():\n    from vocab_app.services.library import Library\n", encoding="utf-8")
    (pkg / "store" / "terms.py").write_text("import vocab_app.export.apkg\n", encoding="utf-8")
    (pkg / "gui" / "view.py").write_text(
        "from vocab_app.store.db import open_db\nfrom vocab_app.mining.model import STYLES\n"
        "from vocab_app.mining.pipeline import mine_paths\n", encoding="utf-8")
    (pkg / "services" / "ok.py").write_text(
        "from vocab_app.store import terms\nfrom vocab_app.errors import VocabError\n",
        encoding="utf-8")
    assert layer_violations(pkg) == [
        "gui/view.py: vocab_app.store.db",
        "gui/view.py: vocab_app.mining.pipeline",
        "mining/rule.py: vocab_app.services.library",
        "store/terms.py: vocab_app.export.apkg",
    ]
