"""One background worker running one database job at a time (the Anki pattern).

The worker thread owns its own ``Store`` (opened there, used only there), so no database
handle is ever shared with the UI thread. The UI submits a job — a function of the store
and a progress reporter — and gets the result back on the UI thread through signals.
Long jobs show a progress dialog once they have run for ``PROGRESS_DELAY_MS``; cancelling
it makes the job's progress reporter answer ``False`` (``ingest_paths`` then stops after
the document in hand and commits the documents stored before it, each whole).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import logging
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

if TYPE_CHECKING:
    from tracker.services.database import Store


log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500

# progress(done, total, label) -> False when the user asked to cancel
Reporter = Callable[[int, int, str], bool]
JobFn = Callable[["Store", Reporter], Any]


@dataclass
class JobFailure:
    """Why a job failed: the exception and its formatted traceback."""

    error: BaseException
    details: str

    @property
    def expected(self) -> bool:
        from tracker.domain.errors import TrackerError

        return isinstance(self.error, TrackerError)

    @property
    def message(self) -> str:
        return str(self.error) or type(self.error).__name__


@dataclass
class Job:
    id: int
    fn: JobFn
    label: str
    show_progress: bool
    cancellable: bool
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[JobFailure], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class DbWorker(QObject):
    """Runs jobs in its own thread against its own ``Store``.

    Signals: ``job_started(id)``, ``job_progressed(id, done, total, label)``,
    ``job_succeeded(id, result)``, ``job_failed(id, JobFailure)``.
    """

    job_started = Signal(int)
    job_progressed = Signal(int, int, int, str)
    job_succeeded = Signal(int, object)
    job_failed = Signal(int, object)

    def __init__(self, db_path: Path, *, readonly: bool = False) -> None:
        super().__init__()
        self._db_path = db_path
        self._readonly = readonly
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            # imported here, on the worker thread
            from tracker.services.database import open_database

            self._store = open_database(self._db_path, readonly=self._readonly)
        return self._store

    @Slot(object)
    def _on_job_submitted(self, job: Job) -> None:
        self.job_started.emit(job.id)

        def report(done: int, total: int, label: str) -> bool:
            self.job_progressed.emit(job.id, done, total, label)
            return not job.cancelled

        try:
            result = job.fn(self.store, report)
        except BaseException as exc:
            details = traceback.format_exc()
            self.job_failed.emit(job.id, JobFailure(exc, details))
        else:
            self.job_succeeded.emit(job.id, result)

    @Slot()
    def _on_close_requested(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @Slot(bool)
    def _on_reopen_requested(self, readonly: bool) -> None:
        """Open the database again, for reading only or for writing (between jobs)."""
        self._on_close_requested()
        self._readonly = readonly


def _shutdown_quietly(ref: weakref.ReferenceType[TaskRunner]) -> None:
    runner = ref()
    if runner is not None:
        with contextlib.suppress(RuntimeError):  # its Qt object may be gone already
            runner.shutdown()


class TaskRunner(QObject):
    """Submit database jobs from the UI thread; results come back on the UI thread.

    Signals: ``busy_changed(bool)`` when the first job starts and the last one ends;
    ``idle()`` when no job is left.
    """

    busy_changed = Signal(bool)
    idle = Signal()
    _job_submitted = Signal(object)
    _close_requested = Signal()
    _reopen_requested = Signal(bool)

    def __init__(
        self, db_path: Path, parent: QObject | None = None, *, readonly: bool = False
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.readonly = readonly
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._running: Job | None = None
        self._progress_parent: QWidget | None = None
        self._dialog: QProgressDialog | None = None
        self._last_progress: tuple[int, int, str] = (0, 0, "")
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._on_progress_delay_passed)

        self._thread = QThread()
        self._thread.setObjectName("tracker-db-worker")
        self._worker = DbWorker(db_path, readonly=readonly)
        self._worker.moveToThread(self._thread)
        self._job_submitted.connect(
            self._worker._on_job_submitted, Qt.ConnectionType.QueuedConnection
        )
        self._close_requested.connect(
            self._worker._on_close_requested, Qt.ConnectionType.BlockingQueuedConnection
        )
        self._reopen_requested.connect(
            self._worker._on_reopen_requested, Qt.ConnectionType.QueuedConnection
        )
        self._worker.job_started.connect(self._on_job_started)
        self._worker.job_progressed.connect(self._on_job_progressed)
        self._worker.job_succeeded.connect(self._on_job_succeeded)
        self._worker.job_failed.connect(self._on_job_failed)
        self._thread.start()
        # Never leave the thread running into interpreter shutdown (Qt aborts on that).
        this = weakref.ref(self)
        atexit.register(lambda: _shutdown_quietly(this))

    # -------------------------------------------------------------- public

    def set_progress_parent(self, widget: QWidget | None) -> None:
        self._progress_parent = widget

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def running(self) -> Job | None:
        return self._running

    def submit(
        self,
        fn: JobFn,
        *,
        label: str = "",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[JobFailure], None] | None = None,
        progress: bool = False,
        cancellable: bool = False,
    ) -> Job:
        """Queue ``fn(store, report)`` on the worker; callbacks run on the UI thread."""
        job = Job(next(self._ids), fn, label, progress, cancellable, on_success, on_failure)
        was_busy = self.busy
        self._jobs[job.id] = job
        if not was_busy:
            self.busy_changed.emit(True)
        self._job_submitted.emit(job)
        return job

    def reopen(self, *, readonly: bool) -> None:
        """Open the database again after the jobs queued so far (e.g. for writing, once
        the window that held it has closed)."""
        self.readonly = readonly
        self._reopen_requested.emit(readonly)

    def shutdown(self) -> None:
        """Cancel what can be cancelled, finish the running job, close the store, stop."""
        for job in self._jobs.values():
            job.cancel()
        if self._thread.isRunning():
            # close the worker's store on its own thread, then stop the thread
            self._close_requested.emit()
            self._thread.quit()
            self._thread.wait()
        self._close_dialog()

    # -------------------------------------------------------------- slots

    @Slot(int)
    def _on_job_started(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        self._running = job
        self._last_progress = (0, 0, "")
        if job is not None and job.show_progress:
            self._delay.start(PROGRESS_DELAY_MS)

    @Slot(int, int, int, str)
    def _on_job_progressed(self, job_id: int, done: int, total: int, label: str) -> None:
        self._last_progress = (done, total, label)
        if self._dialog is not None and self._running is not None and self._running.id == job_id:
            self._update_dialog()

    @Slot(int, object)
    def _on_job_succeeded(self, job_id: int, result: object) -> None:
        job = self._finish(job_id)
        try:
            if job is not None and job.on_success is not None:
                job.on_success(result)
        finally:
            self._after_job()

    @Slot(int, object)
    def _on_job_failed(self, job_id: int, failure: JobFailure) -> None:
        job = self._finish(job_id)
        if failure.expected:
            log.info("job %r refused: %s", job.label if job else job_id, failure.message)
        else:
            log.error("job %r failed:\n%s", job.label if job else job_id, failure.details)
        try:
            if job is not None and job.on_failure is not None:
                job.on_failure(failure)
        finally:
            self._after_job()

    @Slot()
    def _on_progress_delay_passed(self) -> None:
        job = self._running
        if job is None or self._dialog is not None:
            return
        dialog = QProgressDialog(self._progress_parent)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle("Working")
        dialog.setAccessibleName("Progress")
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(380)
        text = QLabel(dialog)  # file names are untrusted: never rich text
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        dialog.setLabel(text)
        if job.cancellable:
            dialog.canceled.connect(self._on_cancel_clicked)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._update_dialog()
        dialog.show()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._running is not None:
            self._running.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText("Cancelling after the current document…")

    # -------------------------------------------------------------- helpers

    def _update_dialog(self) -> None:
        dialog = self._dialog
        job = self._running
        if dialog is None or job is None:
            return
        done, total, label = self._last_progress
        if job.cancelled:
            return
        text = job.label
        if total and done >= total:
            # every item is in; what follows (recomputing the tracks) cannot be cancelled
            dialog.setMaximum(0)
            dialog.setValue(0)
            text += f"\nAll {total} done; recomputing the tracks' status from the evidence…"
            button = dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)
        else:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if total:
                text += f"\n{done + 1} of {total}" + (f": {label}" if label else "")
        dialog.setLabelText(text)

    def _finish(self, job_id: int) -> Job | None:
        job = self._jobs.pop(job_id, None)
        if self._running is not None and self._running.id == job_id:
            self._running = None
            self._delay.stop()
            self._close_dialog()
        return job

    def _after_job(self) -> None:
        if not self._jobs:
            self.busy_changed.emit(False)
            self.idle.emit()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.hide()
            dialog.deleteLater()
