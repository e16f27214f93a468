"""PlanDesk: the commune's dossier for "xã điển hình về phong trào toàn dân bảo vệ ANTQ"."""
from importlib import metadata

try:
    __version__ = metadata.version("plandesk")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
