"""Run slow work (opening, checking, styles, saving) off the GUI thread, with progress and Cancel.

A job is a plain function `fn(progress, is_cancelled) -> result`; its outcome comes back to the
GUI thread as Qt signals. Heavy jobs (models, styles, saving) share one thread so detectors are
never used by two threads at once; light jobs (scaling previews, checking words) have their own.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from safepic.core.errors import Cancelled, SafePicError

log = logging.getLogger("safepic.gui")

URGENT = 2  # something the person is waiting for right now

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
            signals.failed.emit(str(exc))
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
    heavy: bool = True,
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
