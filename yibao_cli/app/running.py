"""Running a command: streams made safe, errors turned into messages and exit codes.

Shared by the program's entry point (``launch``) and the command tree (``cli``); it imports
neither Typer nor Rich (Rich only to print an error).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from yibao_cli import session
from yibao_cli.errors import ExitCode, Interrupted, YibaoError
from yibao_cli.safety import clip, safe
from yibao_cli.strings import t

MESSAGE_MAX = 2000
"""The longest line an error prints: an echo of a huge argument is cut, never flooded."""


def report(error: YibaoError) -> None:
    """Print a user-facing error on stderr (made safe by the console: no controls, no ID).

    With ``--json``, the error is a JSON object: ``{"error": {"code", "kind", "message",
    "details"}}``, so that a script reading the output can read the error too.
    """
    if session.SETTINGS.json_errors:
        json_error(error.code, error.message, error.details)
        return
    from yibao_cli.render.console import make_console

    console = make_console(stderr=True)
    if isinstance(error, Interrupted):
        console.print(clip(error.message, MESSAGE_MAX), style="yellow", soft_wrap=True)
        return
    message = clip(error.message, MESSAGE_MAX)
    console.print(t("err.prefix", message=message), style="bold red", soft_wrap=True)
    for line in error.details:
        console.print(clip(line, MESSAGE_MAX), soft_wrap=True)


def json_error(code: int, message: str, details: Sequence[str] = ()) -> None:
    """Write an error to stderr as a JSON object (for ``--json``), every ID masked."""
    import json

    kind = ExitCode(code).name.lower() if code in ExitCode._value2member_map_ else "error"
    body = {
        "version": 1,
        "error": {
            "code": int(code),
            "kind": kind,
            "message": clip(message, MESSAGE_MAX),
            "details": [clip(line, MESSAGE_MAX) for line in details],
        },
    }
    from yibao_cli.safety import safe_data

    # Masked before it becomes JSON: an escaped tab (\t) inside an ID would hide it.
    write_err(json.dumps(safe_data(body), ensure_ascii=False) + "\n")


def _wants_json(argv: list[str]) -> bool:
    words = argv[: argv.index("--")] if "--" in argv else argv
    return "--json" in words


def write_err(text: str) -> None:
    """Write a message to stderr without a console (the stream may be closed or unencodable)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(safe(text))
        sys.stderr.flush()


def _interrupt(signum: int, frame: object) -> None:
    # SIGTERM and SIGHUP end yibao the way Ctrl-C does: a wizard keeps its answers and the
    # terminal is put back as it was.
    raise KeyboardInterrupt


@contextlib.contextmanager
def _terminal_guard() -> Iterator[None]:
    """Treat SIGTERM and SIGHUP as Ctrl-C, and leave the terminal's modes as they were."""
    saved_modes: list[Any] | None = None
    try:
        import termios

        if sys.stdin is not None and sys.stdin.isatty():
            saved_modes = termios.tcgetattr(sys.stdin.fileno())
    except (ImportError, OSError, ValueError):
        saved_modes = None
    previous: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            with contextlib.suppress(ValueError, OSError):  # not the main thread
                previous[number] = signal.signal(number, _interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, handler)
        if saved_modes is not None:
            with contextlib.suppress(Exception):  # noqa: BLE001 - best effort on the way out
                import termios

                termios.tcsetattr(sys.stdin.fileno(), termios.TCSADRAIN, saved_modes)


def undecodable(arg: str) -> bool:
    """Whether an argument had bytes that are not UTF-8 (they reach Python as lone surrogates)."""
    return any("\ud800" <= char <= "\udfff" for char in arg)


def main(argv: list[str] | None, run: Callable[[list[str]], int]) -> None:
    """Run the program and turn errors into messages and exit codes (the only place that does).

    Args:
        argv: The arguments after the program name (None: the process's own).
        run: Runs the command they name and returns its exit code.
    """
    _usable_streams()
    with _terminal_guard():
        code = _guarded(sys.argv[1:] if argv is None else argv, run)
    _flush_or_fail()
    sys.exit(code)


def _usable_streams() -> None:
    """Make closed or unencodable standard streams safe to use.

    A closed stdin reads as empty; a closed stderr discards; a closed stdout is an error said
    on stderr. A stream whose encoding cannot hold Chinese (``PYTHONIOENCODING=ascii``)
    escapes what it cannot show instead of failing.
    """
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        write_err(t("err.prefix", message=t("err.stdout", reason=t("err.stdout_closed"))) + "\n")
        sys.exit(ExitCode.ERROR)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure) and getattr(stream, "errors", "strict") == "strict":
            with contextlib.suppress(ValueError, OSError, TypeError):
                reconfigure(errors="backslashreplace")


def _guarded(argv: list[str], run: Callable[[list[str]], int]) -> int:
    session.SETTINGS.json_errors = _wants_json(argv)
    try:
        return run(argv)
    except YibaoError as error:
        if session.SETTINGS.debug:
            raise
        report(error)
        return error.code
    except KeyboardInterrupt:
        if session.SETTINGS.json_errors:
            json_error(ExitCode.INTERRUPTED, t("err.interrupted"))
        else:
            write_err("\n" + t("err.interrupted") + "\n")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return ExitCode.OK
    except OSError as error:
        if session.SETTINGS.debug:
            raise
        if error.filename is None:  # no file named: the output could not be written
            _quiet_stdout()
            report(YibaoError(t("err.stdout", reason=_reason(error))))
        else:
            report(YibaoError(t("err.os", reason=_reason(error), path=error.filename)))
        return ExitCode.ERROR
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for users
        if session.SETTINGS.debug:
            raise
        report(YibaoError(t("err.unexpected", error=f"{type(error).__name__}: {error}")))
        return ExitCode.ERROR


def _quiet_stdout() -> None:
    # The reader (e.g. `head`) went away: stop quietly, as other tools do.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _flush_or_fail() -> None:
    """Flush stdout now, so that a full disk or a closed stream is reported, not hidden."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except (OSError, ValueError) as error:
        _quiet_stdout()
        write_err(t("err.prefix", message=t("err.stdout", reason=_reason(error))) + "\n")
        sys.exit(ExitCode.ERROR)


def _reason(error: BaseException) -> str:
    return str(getattr(error, "strerror", None) or error)
