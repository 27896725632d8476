"""Whether a window can be opened here, asked before Qt is started.

Without a display Qt aborts the process with a message about the xcb platform plugin
("libxcb-cursor0 is needed") that sends people hunting for a library they have. This
module looks first and says what is wrong in one line. No Qt is imported here.
"""

from __future__ import annotations

import ctypes
import os
import sys

EXIT_NO_DISPLAY = 3

# Platforms that need no display server (tests, screenshots, remote sessions).
HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")

HINT = (
    "run it in a desktop session, or with xvfb-run (apt-get install xvfb); "
    "the command line (tracker status, tracker ingest …) needs no display"
)


def _xcb_problem(display: str) -> str | None:
    """Connect to the X server the way Qt would; the reason when that fails."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return "the X11 client library libxcb1 is not installed (apt-get install libxcb1)"
    try:
        ctypes.CDLL("libxcb-cursor.so.0")
    except OSError:
        return (
            "Qt needs libxcb-cursor0 to open windows on X11 and it is not installed "
            "(apt-get install libxcb-cursor0)"
        )
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        if not conn or xcb.xcb_connection_has_error(conn):
            return f"cannot connect to the X display {display!r} (is the display server running?)"
    finally:
        if conn:
            xcb.xcb_disconnect(conn)
    return None


def display_problem(
    environ: dict[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why no window can be opened, in one line; ``None`` when one can (or when only Qt
    can tell: other systems, Wayland)."""
    env = os.environ if environ is None else environ
    system = platform or sys.platform
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen in HEADLESS or not system.startswith("linux"):
        return None
    if env.get("WAYLAND_DISPLAY") and chosen in ("", "wayland"):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return f"no display to open a window on (DISPLAY is not set): {HINT}"
    if chosen not in ("", "xcb"):
        return None
    problem = _xcb_problem(display)
    return f"{problem}: {HINT}" if problem else None
