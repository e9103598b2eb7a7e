"""The console mcrgen writes its messages to (stderr), and how it behaves off a terminal."""

from __future__ import annotations

import os

from rich.console import Console


class Stderr(Console):
    """mcrgen's console on stderr: every message, the live view and the final summary go through it."""

    @property  # type: ignore[override]
    def soft_wrap(self) -> bool:
        """Off a terminal (a log, a pipe) a line is never broken: it stays one line to read and to grep."""
        return not self.is_terminal

    @soft_wrap.setter
    def soft_wrap(self, value: bool) -> None:
        pass

    def error_line(self, message: str) -> None:
        """``error: message`` as one line that any terminal or log can hold: no markup from the message, no lone
        surrogate."""
        from rich.markup import escape

        clean = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in message)
        self.print(f"[red]error:[/red] {escape(clean)}", highlight=False, soft_wrap=True)

    def on_broken_pipe(self) -> None:  # its reader went away (`2>&1 | head`): the rest goes unseen, the work goes on
        self.quiet = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), self.file.fileno())
