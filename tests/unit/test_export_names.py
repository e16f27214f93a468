"""The command line's choices come from services/export_names.py (no renderer loaded); they
must name exactly the documents services/export.py can build."""
from plandesk.services import export, export_names


def test_every_document_name_has_a_builder_and_every_builder_a_name():
    assert tuple(export.BUILDERS) == export_names.DOCUMENTS
    assert set(export_names.XLSX_DOCS) <= set(export_names.ALL_DOCS)
