"""Maps the top-level resources/ and translations/ folders into the installed package.

Everything else about the project is declared in pyproject.toml; setuptools cannot map a
folder outside the package into it from pyproject alone.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["plandesk", "plandesk.*"])
    + ["plandesk.resources", "plandesk.translations"],
    package_dir={"plandesk.resources": "resources", "plandesk.translations": "translations"},
    package_data={
        "plandesk.resources": ["**/*"],
        "plandesk.translations": ["*.qm", "*.ts"],
    },
)
