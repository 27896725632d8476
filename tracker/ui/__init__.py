"""The desktop application (PySide6). The only package that imports Qt.

Layout: ``app`` (entry point), ``tasks`` (the single background database worker),
``snapshot`` (what the worker reads for the window, through the services),
``controller`` (the logic behind the window), ``main_window`` with ``views/``,
``models/`` (item models) and ``dialogs/``.
"""
