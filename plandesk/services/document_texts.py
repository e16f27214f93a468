"""The paragraphs of a document the officer may reword: for each, its key in
DocumentSettings.texts, the generated default and the officer's own wording (if any).
Found by building the document once and noting every paragraph it asks for."""
from __future__ import annotations

from dataclasses import dataclass

from plandesk.documents.common import DossierData

from .export import BUILDERS, ExportService


@dataclass(frozen=True)
class EditableText:
    key: str
    default: str
    own: str

    @property
    def current(self) -> str:
        return self.own or self.default


class _Recording(DossierData):
    def text(self, key: str, default: str) -> str:  # noqa: D102
        self.__dict__.setdefault("_asked", {})[key] = default
        return super().text(key, default)


def editable_texts(export: ExportService, dossier_id: int, doc: str) -> list[EditableText]:
    if doc not in BUILDERS:
        return []
    data = export.data(dossier_id)
    recording = _Recording(*[getattr(data, f) for f in data.__dataclass_fields__])
    BUILDERS[doc](recording)
    asked = recording.__dict__.get("_asked", {})
    own = data.settings.texts
    return [EditableText(key, default.strip(), str(own.get(key, "") or "").strip()) for key, default in asked.items()]
