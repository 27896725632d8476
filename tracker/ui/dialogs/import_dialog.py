"""Import articles: files or a folder, or pasted text with its title, outlet and date."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.views.widgets import plain_label

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


@dataclass(frozen=True)
class ImportRequest:
    paths: list[Path] = field(default_factory=list)
    text: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


class ImportDialog(RememberingDialog):
    """``request()`` gives files to import, or one pasted article."""

    settings_key = "import"

    def __init__(self, parent: QWidget | None = None, *, paste: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import articles")
        self.setMinimumSize(560, 420)

        # files
        files = QWidget(self)
        self.file_list = QListWidget(files)
        self.file_list.setAccessibleName("Files to import")
        add_files = QPushButton("Add files…", files)
        add_folder = QPushButton("Add folder…", files)
        remove = QPushButton("Remove", files)
        add_files.clicked.connect(self._on_add_files)
        add_folder.clicked.connect(self._on_add_folder)
        remove.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        row.addWidget(add_files)
        row.addWidget(add_folder)
        row.addWidget(remove)
        row.addStretch(1)
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(
            plain_label(
                "Text, Markdown or HTML articles; folders are read in name order. "
                "You can also drop files onto the main window.",
                wrap=True,
            )
        )
        files_layout.addWidget(self.file_list, 1)
        files_layout.addLayout(row)

        # paste
        pasted = QWidget(self)
        self.title_edit = QLineEdit(pasted)
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("taken from the first line when left empty")
        self.outlet_edit = QLineEdit(pasted)
        self.outlet_edit.setAccessibleName("Outlet")
        self.date_edit = QLineEdit(pasted)
        self.date_edit.setAccessibleName("Published date")
        self.date_edit.setPlaceholderText("YYYY-MM-DD (optional)")
        self.url_edit = QLineEdit(pasted)
        self.url_edit.setAccessibleName("URL")
        self.text_edit = QPlainTextEdit(pasted)
        self.text_edit.setAccessibleName("Article text")
        self.text_edit.setPlaceholderText("Paste the article text here")
        form = QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("Outlet", self.outlet_edit)
        form.addRow("Published", self.date_edit)
        form.addRow("URL", self.url_edit)
        paste_layout = QVBoxLayout(pasted)
        paste_layout.addLayout(form)
        paste_layout.addWidget(self.text_edit, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(files, "Files")
        self.tabs.addTab(pasted, "Paste text")
        if paste:
            self.tabs.setCurrentIndex(1)
        self.tabs.currentChanged.connect(self._on_changed)
        self.text_edit.textChanged.connect(self._on_changed)

        self.buttons = self.ok_cancel("Import")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._on_changed()

    def add_paths(self, paths: list[Path]) -> None:
        known = {self.file_list.item(i).text() for i in range(self.file_list.count())}
        for path in paths:
            if str(path) not in known:
                self.file_list.addItem(str(path))
        self._on_changed()

    @Slot()
    def _on_add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Choose articles", "", FILE_FILTER)
        self.add_paths([Path(n) for n in names])

    @Slot()
    def _on_add_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Choose a folder of articles")
        if name:
            self.add_paths([Path(name)])

    @Slot()
    def _on_remove(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._on_changed()

    @Slot()
    def _on_changed(self, *args: object) -> None:
        if self.tabs.currentIndex() == 0:
            ok = self.file_list.count() > 0
        else:
            ok = bool(self.text_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self) -> ImportRequest:
        if self.tabs.currentIndex() == 0:
            return ImportRequest(
                paths=[Path(self.file_list.item(i).text()) for i in range(self.file_list.count())]
            )

        def value(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return ImportRequest(
            text=self.text_edit.toPlainText(),
            title=value(self.title_edit),
            outlet=value(self.outlet_edit),
            published=value(self.date_edit),
            url=value(self.url_edit),
        )
