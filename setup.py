"""Maps the top-level resources/ and translations/ folders into the installed package
(as ``plandesk/resources`` and ``plandesk/translations``), so an installed PlanDesk finds
them where a source checkout and the PyInstaller bundle do.

Everything else about the project is declared in pyproject.toml; setuptools cannot map a
folder outside the package into it from pyproject alone.
"""
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent


def data_packages(folder: str) -> list[str]:
    """Every sub-folder of a data folder becomes a data-only package."""
    root = HERE / folder
    names = [f"plandesk.{folder}"]
    for path in sorted(p for p in root.rglob("*") if p.is_dir() and "__pycache__" not in p.parts):
        names.append("plandesk." + ".".join((folder,) + path.relative_to(root).parts))
    return names


DATA = data_packages("resources") + data_packages("translations")

setup(
    packages=find_packages(include=["plandesk", "plandesk.*"]) + DATA,
    package_dir={"plandesk.resources": "resources", "plandesk.translations": "translations"},
    package_data={**{name: ["*"] for name in DATA}, "plandesk.storage.migrations": ["*.mako"]},
)
