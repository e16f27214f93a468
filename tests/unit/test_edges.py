"""The edges of the house: the window (gui/), the command line (cli/) and the self-test take
their services from ``Services.build`` and never make one themselves (one DossierService, one
framework cache, one identity for all), and the window asks the services about the workspace
instead of reading the storage object (``services.workspace``). The import contracts in
pyproject.toml keep gui/ and cli/ away from storage, documents and transfer; these scans cover
what an import graph cannot see: calls and attributes."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "plandesk"
EDGES = sorted([*(PACKAGE / "gui").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py"), PACKAGE / "selftest.py"])


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def service_constructions(source: str) -> list[tuple[int, str]]:
    """(line, name) of each call that makes a service: a class imported from plandesk.services
    whose name ends in Service (or Services itself), under its name or an alias, or any call
    of a name ending in Service. ``Services.build`` is the one allowed."""
    tree = ast.parse(source)
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("plandesk.services"):
            imported |= {a.asname or a.name for a in node.names if a.name.endswith(("Service", "Services"))}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in imported or name.endswith(("Service", "Services")):
                found.append((node.lineno, name))
    return sorted(found)


def workspace_reads(source: str) -> list[int]:
    """Lines reading ``<…>services.workspace``: the storage object behind the services."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "workspace":
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id in ("services", "s")) or \
                    (isinstance(owner, ast.Attribute) and owner.attr == "services"):
                found.append(node.lineno)
    return sorted(found)


def test_the_scans_see_what_they_look_for():
    made = service_constructions(
        "from plandesk.services.export import ExportService as Export\n"
        "from plandesk.services import Services\n"
        "a = Export(s.dossiers, s.evidence)\n"
        "b = plandesk.services.issued.IssueService(a)\n"
        "c = Services.build(workspace)\n"
        "d = Services(workspace)\n")
    assert made == [(3, "Export"), (4, "IssueService"), (6, "Services")]
    assert workspace_reads("x = self.ctx.services.workspace.root\ny = services.workspace\nz = services.folder.root\n") \
        == [1, 2]


def test_no_service_is_made_outside_services():
    assert len(EDGES) > 20
    made = {str(path.relative_to(PACKAGE)): hits for path in EDGES
            if (hits := service_constructions(path.read_text(encoding="utf-8")))}
    assert made == {}, "take the service from Services (Services.build makes them all)"


def test_the_window_does_not_read_the_storage_object():
    used = {str(path.relative_to(PACKAGE)): lines for path in sorted((PACKAGE / "gui").rglob("*.py"))
            if (lines := workspace_reads(path.read_text(encoding="utf-8")))}
    assert used == {}, "ask services.folder (WorkspaceService) or another service instead"
