"""PlanDesk: the commune's dossier for "xã điển hình về phong trào toàn dân bảo vệ ANTQ"."""


def __getattr__(name: str):
    # read on first use: importlib.metadata costs ~40 ms, which the window's first paint
    # (plandesk.gui.first_paint) would otherwise wait for
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("plandesk")
        except metadata.PackageNotFoundError:  # running from a source tree that is not installed
            version = "0.1.0"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'plandesk' has no attribute {name!r}")
