"""Use cases on frameworks: what is available, and which files were skipped and why."""
from __future__ import annotations

from plandesk.domain.framework import Framework, FrameworkError
from plandesk.storage.workspace import Workspace


class FrameworkService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    def available(self) -> list[Framework]:
        return sorted(self.ws.catalog.frameworks, key=lambda f: (f.id, f.version))

    def current(self) -> list[Framework]:
        """For each framework, the version a new dossier is created with (the catalogue's own),
        in the order of :meth:`available`."""
        return [f for f in self.available() if f is self.ws.catalog.get(f.id)]

    def errors(self) -> list[FrameworkError]:
        return list(self.ws.catalog.errors)

    def reload(self) -> list[Framework]:
        self.ws.reload_frameworks()
        return self.available()
