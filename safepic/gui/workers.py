"""Run slow work off the GUI thread, with progress and Cancel.

A job is a plain function `fn(progress, is_cancelled) -> result`; its outcome comes back to the
GUI thread as Qt signals. Heavy work (opening, checking, styles, saving: see tasks.py) runs in
one helper process, one task at a time, fed by one thread here; the helper keeps its models
loaded between tasks. Light work (scaling previews, checking words) runs in a thread.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from safepic.core.errors import Cancelled, SafePicError

from . import content, tasks

log = logging.getLogger("safepic.gui")

URGENT = 2  # something the person is waiting for right now
BACKGROUND = -1  # only when nothing else is waiting

Work = Callable[[Callable[[str], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """One piece of work; `cancel()` asks it to stop at its next check."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        signals = self.signals
        try:
            if self._stop.is_set():  # cancelled while waiting in the queue
                raise Cancelled()
            result = self._work(signals.progress.emit, self.is_cancelled)
            if self._stop.is_set():
                signals.cancelled.emit()
            else:
                signals.done.emit(result)
        except Cancelled:
            signals.cancelled.emit()
        except SafePicError as exc:
            signals.failed.emit(content.say(exc.args[0] if exc.args else str(exc)))
        except MemoryError:
            signals.failed.emit(QCoreApplication.translate(
                "Job", "This picture is too big for this computer to work on."))
        except Exception:  # never show a traceback to the person; keep it for developers
            log.exception("A SafePic job failed")
            signals.failed.emit(QCoreApplication.translate(
                "Job", "Something went wrong inside SafePic while working on this picture."))
        finally:
            signals.finished.emit()


_pools: dict[str, QThreadPool] = {}
_running: set[Job] = set()


def _pool(kind: str) -> QThreadPool:
    if kind not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _pools[kind] = pool
    return _pools[kind]


def start(
    work: Work,
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    heavy: bool = False,
    priority: int = 0,
) -> Job:
    """Queue `work`; the callbacks run on the GUI thread. Higher `priority` jumps the queue
    (saving and checking go before the previews still being made)."""
    job = Job(work)
    if done is not None:
        job.signals.done.connect(done)
    if failed is not None:
        job.signals.failed.connect(failed)
    if progress is not None:
        job.signals.progress.connect(progress)
    if cancelled is not None:
        job.signals.cancelled.connect(cancelled)
    _running.add(job)
    job.signals.finished.connect(lambda: _running.discard(job))
    _pool("heavy" if heavy else "light").start(job, priority)
    return job


class _Helper:
    """The helper process (started on first use, restarted if it ever stops)."""

    POLL_S = 0.05

    def __init__(self) -> None:
        self._process = None
        self._conn = None
        self._cancel = None
        self._lock = threading.Lock()

    def _ensure(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        ours, theirs = context.Pipe()
        self._cancel = context.Event()
        self._process = context.Process(target=tasks.serve, args=(theirs, self._cancel),
                                        name="safepic-helper", daemon=True)
        self._process.start()
        theirs.close()
        self._conn = ours

    def call(self, name: str, args: tuple, progress: Callable[[str], None],
             is_cancelled: Callable[[], bool]) -> Any:
        with self._lock:
            self._ensure()
            self._cancel.clear()
            try:
                self._conn.send((name, args))
                while True:
                    if is_cancelled():
                        self._cancel.set()
                    if not self._conn.poll(self.POLL_S):
                        if not self._process.is_alive():
                            raise EOFError
                        continue
                    kind, payload = self._conn.recv()
                    if kind == "progress":
                        progress(payload)
                    elif kind == "done":
                        return payload
                    elif kind == "cancelled":
                        raise Cancelled()
                    elif kind == "error":
                        raise SafePicError(payload)
                    else:
                        raise RuntimeError(f"the helper failed in task {payload}")
            except (EOFError, BrokenPipeError, ConnectionResetError):
                self._process = None
                log.error("SafePic's helper process stopped during task %s", name)
                raise SafePicError(QCoreApplication.translate(
                    "Job", "SafePic's helper stopped while working on this picture. "
                           "Please try again.")) from None

    def stop(self) -> None:
        with self._lock:
            if self._process is not None and self._process.is_alive():
                try:
                    self._conn.send(None)
                except OSError:
                    pass
                self._process.join(5)
                if self._process.is_alive():
                    self._process.kill()
            self._process = None


_helper = _Helper()


def task(
    name: str,
    *args: Any,
    after: Callable[[Any], Any] | None = None,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    priority: int = 0,
) -> Job:
    """Run tasks.<name>(*args) in the helper process. `after` turns the result into what the
    page needs (a preview image, say) on the worker thread, not on the GUI thread."""

    def work(report_progress, is_cancelled):
        result = _helper.call(name, args, report_progress, is_cancelled)
        return after(result) if after is not None else result

    return start(work, done=done, failed=failed, progress=progress, cancelled=cancelled,
                 heavy=True, priority=priority)


def busy() -> bool:
    """True while any job is queued or running (tests and the tour wait on this)."""
    return bool(_running)


def cancel_all() -> None:
    for job in list(_running):
        job.cancel()


def wait_all(timeout_ms: int = 120_000) -> None:
    """Block until the thread pools are empty (used when the app closes)."""
    for pool in _pools.values():
        pool.waitForDone(timeout_ms)


def shutdown() -> None:
    """Stop everything, the helper process too (when the app ends)."""
    cancel_all()
    wait_all()
    _helper.stop()
