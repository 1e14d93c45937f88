"""Copying to the system clipboard, beside the terminal's (OSC 52).

OSC 52 asks the terminal to set the clipboard; nothing says whether it did (many terminals and
multiplexers ignore it). So the text also goes through pyperclip, which uses the platform's
clipboard (pbcopy, clip.exe, wl-copy, xclip/xsel): when that works the explorer can say
"Copied"; when it cannot, it says so in plain words (never pyperclip's own message, which
points at its documentation) and offers to save the text to a file instead."""

from __future__ import annotations

from pathlib import Path

NO_CLIPBOARD = "no clipboard program was found (pbcopy, clip.exe, wl-copy, xclip or xsel)"


def system_copy(text: str) -> str | None:
    """Put `text` on the system clipboard. Returns None when it did, else why not, as a plain
    clause ("no clipboard program was found (...)", "the clipboard program failed: ...")."""
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception as e:  # noqa: BLE001 - PyperclipException, a missing tool, a dead display
        first = (str(e).split("\n")[0] or type(e).__name__).strip()
        if isinstance(e, FileNotFoundError) or "copy/paste mechanism" in first:
            return NO_CLIPBOARD
        return f"the clipboard program failed: {first}"
    return None


def append_copied(path: Path, text: str) -> Path:
    """Append one copied item (and a blank line) to the UTF-8 file at `path`, made when missing;
    returns its absolute path. Raises OSError (no such folder, permission denied)."""
    path = path.expanduser()
    with path.open("a", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n\n")
    return path.absolute()
