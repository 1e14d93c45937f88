"""Copying to the system clipboard, beside the terminal's (OSC 52).

OSC 52 asks the terminal to set the clipboard; nothing says whether it did (many terminals and
multiplexers ignore it). So the text also goes through pyperclip, which uses the platform's
clipboard (pbcopy, clip.exe, wl-copy, xclip/xsel): when that works the explorer can say
"Copied"; when it cannot, it says what it could and could not do."""

from __future__ import annotations


def system_copy(text: str) -> str | None:
    """Put `text` on the system clipboard. Returns None when it did, else why not."""
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception as e:  # noqa: BLE001 - PyperclipException, a missing tool, a dead display
        return str(e).split("\n")[0] or type(e).__name__
    return None
