"""The break window: the prompt to stand up, then a guided, counted walk through the stretches."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.break_prompt import BreakPrompt
from postureapp.core.guided_break import Segment, break_left_text, step_at, step_texts, timeline
from postureapp.core.i18n import translate
from postureapp.core.stretch_recognition import CAMERA_JUDGED_IDS, RecognitionStep, StretchVerdict
from postureapp.core.stretches import Stretch, localised, positions_text
from postureapp.ui.first_run import safety_notice_html
from postureapp.ui.look import scaled_font
from postureapp.ui.override import override
from postureapp.ui.resources import stretch_image_path
from postureapp.ui.screen_fit import fit_to_screen, scrolling
from postureapp.ui.stretch_camera_panel import StretchCameraPanel
from postureapp.ui.theme import calm_window_style, follow_palette

TICK_INTERVAL_MS: Final = 250
"""How often the guided page reads the clock; often enough that a second never looks stuck."""

_CARD_IMAGE_SIZE: Final = (216, 144)  # the illustrations share a 240 x 160 (3:2) canvas
_GUIDED_IMAGE_SIZE: Final = (270, 180)
_SVG_NS: Final = "{http://www.w3.org/2000/svg}"



_MIN_WIDTH: Final = 620
"""The break window's narrowest width, wider where its buttons need more (a longer language)."""

def _svg_title(path: Path) -> str:
    """The <title> of an SVG (what it shows, in words), or "" when it has none."""
    try:
        title = ET.parse(path).getroot().find(f"{_SVG_NS}title")
    except (ET.ParseError, OSError):
        return ""
    return (title.text or "").strip() if title is not None else ""


def _label(text: str = "", *, object_name: str = "", is_muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    if is_muted:
        label.setProperty("muted", True)
    return label


def _illustration(size: tuple[int, int]) -> QSvgWidget:
    image = QSvgWidget()
    image.setFixedSize(*size)
    image.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return image


def _load_illustration(image: QSvgWidget, stretch: Stretch) -> None:
    path = stretch_image_path(stretch.id)
    # A missing file would make Qt log a warning (a test failure); leave the space empty instead.
    is_found = path.is_file()
    image.setVisible(is_found)
    if is_found:
        image.load(str(path))
    image.setAccessibleName(translate("stretches", stretch.name))
    image.setAccessibleDescription(_svg_title(path) if is_found else "")


class BreakWindow(QWidget):
    """Prompts a stretch break, then guides the user through it with a countdown.

    Two pages: the prompt ("time to stand up", the suggested stretches, Start / Snooze / Skip)
    and the guided break (one stretch at a time with its steps and a countdown for each hold,
    repetition or walk). The window sits on top of other windows but never takes the keyboard
    focus when it appears, so typing carries on where it was; a click or the tray focuses it.
    It makes no decisions: it reports what the user chose and hides itself.

    Keyboard: Tab reaches every button; mnemonics Alt+S (Start break), Alt+N (Snooze),
    Alt+K (Skip), Alt+P (Previous), Alt+N (Next), Alt+D (Done), Alt+F (Safety), Alt+L (Lock
    screen). Enter presses the highlighted default button (Start break on the prompt; Next, or
    Done on the last stretch). Escape on the prompt snoozes when a snooze is allowed and
    otherwise only hides the window: the break stays due and the tray can bring the prompt
    back. Escape on the guided page finishes the break with the stretches visited so far. The
    title-bar close button does what Escape does; `close()` or `hide()` from code only hides.

    When the prompt says the camera counts stretches, each stretch it can follow asks for the
    camera while it is on screen (`stretch_shown`) and lets it go when the user moves on, is
    done, presses Escape or the window hides for any reason (`stretch_left`); the camera panel
    under the countdown shows the live count and what the camera saw.

    Signals:
        break_started(): The user pressed Start break on the prompt.
        break_finished(tuple[str, ...]): The user finished the guided break; carries the ids of
            the stretches they went through, in the order first shown.
        snoozed(): The user put the break off (Snooze, or Escape while a snooze is allowed).
        skipped(): The user skipped this break.
        hidden(): The window was hidden or closed, by the user or from code.
        stretch_shown(Stretch): A stretch the camera should follow came on screen.
        stretch_left(): The stretch the camera followed is no longer on screen.
        lock_screen_requested(): The user pressed Lock screen (shown only where the desktop
            can lock; see `set_can_lock_screen()`).
    """

    break_started = Signal()
    break_finished = Signal(object)
    snoozed = Signal()
    skipped = Signal()
    hidden = Signal()
    stretch_shown = Signal(object)
    stretch_left = Signal()
    lock_screen_requested = Signal()

    def __init__(self, monotonic: Callable[[], float], parent: QWidget | None = None) -> None:
        """Build both pages; nothing shows until `show_prompt()`.

        Args:
            monotonic: Seconds that never go backwards (the app's `Clock.monotonic`); the
                countdowns read it, so a fake clock drives them in tests.
            parent: The owning widget, if any; the window stays a top-level window.
        """
        # A plain top-level window, not Qt.Tool: tool windows vanish on macOS whenever the app
        # is inactive, and a tray app is inactive nearly all the time.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("break_window")
        self.setWindowTitle(self.tr("Break time — postureapp"))
        follow_palette(self, lambda: calm_window_style("#break_window"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(_MIN_WIDTH)

        self._monotonic = monotonic
        self._stretches: tuple[Stretch, ...] = ()
        self._index = 0
        self._visited: list[str] = []
        self._segments: tuple[Segment, ...] = ()
        self._last_segment: Segment | None = None
        self._break_length_s = 0.0
        self._break_started_s = 0.0
        self._stretch_started_s = 0.0
        self._can_snooze = False
        self._is_camera_counting = False
        self._is_watching = False  # a stretch on screen has the camera following it
        # True while the prompt or the guided break waits for the user; cleared once a signal
        # reports their choice, so one prompt never reports two.
        self._is_awaiting_user = False
        self._cards: list[QWidget] = []

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

        self._prompt_page = self._build_prompt_page()
        self._guided_page = self._build_guided_page()
        self._page = self._prompt_page

        self._safety_panel = self._build_safety_panel()
        self._safety_panel.setVisible(False)

        self._safety_button = QPushButton(self.tr("Sa&fety"))
        self._safety_button.setObjectName("safety_button")
        self._safety_button.setCheckable(True)
        self._safety_button.setAccessibleName(self.tr("Safety"))
        self._safety_button.setToolTip(self.tr("When to stop, and when to get help"))
        self._safety_button.toggled.connect(self._on_safety_button_toggled)

        self._lock_button = QPushButton(self.tr("&Lock screen"))
        self._lock_button.setObjectName("lock_screen_button")
        self._lock_button.setAccessibleName(self.tr("Lock the screen"))
        self._lock_button.setToolTip(self.tr("Lock the screen while you step away"))
        self._lock_button.setVisible(False)  # until the app knows the desktop can lock
        self._lock_button.clicked.connect(self.lock_screen_requested.emit)

        self._prompt_buttons = self._build_prompt_buttons()
        self._guided_buttons = self._build_guided_buttons()
        self._footer_layout = QHBoxLayout()
        self._footer_layout.addWidget(self._safety_button)
        self._footer_layout.addWidget(self._lock_button)
        self._footer_layout.addStretch(1)
        self._footer_layout.addWidget(self._prompt_buttons)
        self._footer_layout.addWidget(self._guided_buttons)

        # The pages and the safety notes scroll when the screen is too small for them; the
        # buttons below never do, so Next and Done stay on screen.
        body = QWidget()
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(14)
        # The pages take turns in the layout rather than in a QStackedWidget: a stack is as
        # tall as its tallest page, so after a guided break (a tall page) the next prompt would
        # keep that height as empty space in its cards.
        self._body_layout.addWidget(self._prompt_page)
        self._body_layout.addWidget(self._guided_page)
        self._body_layout.addWidget(self._safety_panel)
        self._scroll_area = scrolling(body, "break_scroll_area")

        self._root_layout = QVBoxLayout(self)
        self._root_layout.setContentsMargins(24, 20, 24, 18)
        self._root_layout.setSpacing(14)
        self._root_layout.addWidget(self._scroll_area, 1)
        self._root_layout.addLayout(self._footer_layout)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
        self._show_page(self._prompt_page)

    # Public API

    def show_prompt(self, prompt: BreakPrompt) -> None:
        """Show a break prompt, or the guided break when `prompt.is_guided`, without taking
        the keyboard focus.

        A guided prompt means the break has already started in the core (from the tray's
        "Take a break now" or a notification's Start break), so `break_started` is not
        emitted; `break_finished` is, when the user is done.
        """
        self._stretches = prompt.stretches
        self._break_length_s = prompt.break_length_s
        self._can_snooze = prompt.can_snooze
        self._is_camera_counting = prompt.is_camera_counting
        self._is_awaiting_user = True
        self._safety_button.setChecked(prompt.show_safety)
        if prompt.is_guided:
            self._begin_guided()
            self._present()
            return

        self._sitting_label.setText(prompt.headline)
        self._plan_label.setText(prompt.plan)
        self._fill_cards()
        self._snooze_button.setText(prompt.snooze_button)
        self._snooze_button.setAccessibleName(prompt.snooze_name)
        self._snooze_button.setEnabled(prompt.can_snooze)
        self._snooze_note_label.setText(prompt.snooze_note)
        self._snooze_note_label.setVisible(bool(prompt.snooze_note))
        if prompt.can_snooze:
            self._snooze_button.setToolTip(prompt.snooze_note)
            self._snooze_button.setAccessibleDescription(prompt.snooze_note)
        else:
            self._snooze_button.setToolTip(self.tr("No more snoozing for this break"))
            self._snooze_button.setAccessibleDescription(prompt.insist_note)
        self._insist_label.setText(prompt.insist_note)
        self._insist_label.setVisible(not prompt.can_snooze)
        self._safety_panel.setVisible(prompt.show_safety)
        self._show_page(self._prompt_page)
        self._present()

    def set_can_lock_screen(self, can_lock: bool) -> None:
        """Show the Lock screen button only where the desktop has a way to lock."""
        self._lock_button.setVisible(can_lock)

    def show_stretch_step(self, step: RecognitionStep) -> None:
        """The camera judged a frame of the stretch on screen: show the live count."""
        self._camera_panel.show_step(step)

    def show_stretch_verdict(self, verdict: StretchVerdict) -> None:
        """The camera is done with a stretch: show what it saw."""
        self._camera_panel.show_verdict(verdict)

    def tick(self) -> None:
        """Bring the countdowns up to date with the clock.

        The window's own timer calls this a few times a second while the guided page shows;
        tests call it after advancing a fake clock.
        """
        if self._page is not self._guided_page or not self._stretches:
            return
        now_s = self._monotonic()
        stretch = self._stretches[self._index]
        step = step_at(self._segments, now_s - self._stretch_started_s)
        is_last = self._index == len(self._stretches) - 1
        headline, detail = step_texts(stretch, step, is_last_stretch=is_last)
        self._countdown_label.setText(headline)
        self._step_detail_label.setText(detail)
        self._stretch_progress.setValue(round(step.fraction_done * 1000))
        if step.segment != self._last_segment:
            self._last_segment = step.segment
            announcement = QAccessibleAnnouncementEvent(
                self._countdown_label, f"{headline}. {detail}"
            )
            QAccessible.updateAccessibility(announcement)

        left_s = self._break_length_s - (now_s - self._break_started_s)
        self._break_left_label.setText(break_left_text(left_s))

    # Qt overrides

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter presses the default button; Escape is described in the class docstring."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            button = self._default_button()
            if button.isVisible() and button.isEnabled():
                button.click()
                return
        if key == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._on_escape_pressed()
            return
        super().keyPressEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """The title-bar close button does what Escape does; a close from code only hides."""
        if event.spontaneous() and self._is_awaiting_user:
            self._report_escape()
        super().closeEvent(event)

    @override
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Run the countdown only while it can be seen."""
        super().showEvent(event)
        if self._page is self._guided_page:
            self._timer.start()
            self.tick()

    @override
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Stop the countdown timer (and the camera) while hidden, and say the window is gone."""
        self._timer.stop()
        self._leave_stretch()
        super().hideEvent(event)
        self.hidden.emit()

    # Slots

    def _on_start_button_clicked(self) -> None:
        self._begin_guided()
        self.break_started.emit()

    def _on_snooze_button_clicked(self) -> None:
        self._is_awaiting_user = False
        self.hide()
        self.snoozed.emit()

    def _on_skip_button_clicked(self) -> None:
        self._is_awaiting_user = False
        self.hide()
        self.skipped.emit()

    def _on_next_button_clicked(self) -> None:
        self._go_to(self._index + 1)

    def _on_previous_button_clicked(self) -> None:
        self._go_to(self._index - 1)

    def _on_done_button_clicked(self) -> None:
        self._leave_stretch()
        self._is_awaiting_user = False
        self.hide()
        self.break_finished.emit(tuple(self._visited))

    def _on_safety_button_toggled(self, is_checked: bool) -> None:
        self._safety_panel.setVisible(is_checked)
        self._fit_height()

    def _on_escape_pressed(self) -> None:
        if not self._is_awaiting_user:
            self.hide()
            return
        self._report_escape()
        self.hide()

    # Behind the slots

    def _report_escape(self) -> None:
        """Report what Escape means on the page showing (see the class docstring)."""
        if self._page is self._guided_page:
            self._leave_stretch()
            self._is_awaiting_user = False
            self.break_finished.emit(tuple(self._visited))
        elif self._can_snooze:
            self._is_awaiting_user = False
            self.snoozed.emit()

    def _present(self) -> None:
        # Neither show() nor raise_() activates: WA_ShowWithoutActivating keeps typing where it is.
        # A window that was hidden comes up on top anyway; raise only one already showing.
        was_visible = self.isVisible()
        self._fit_width_to_buttons()
        self.adjustSize()
        self._fit_height()
        self.show()
        if was_visible:
            self.raise_()

    def _fit_width_to_buttons(self) -> None:
        """At least as wide as the buttons' whole labels: an explicit minimum width overrides the
        layout's own, and a longer language (or a longer snooze text) would otherwise squeeze
        the buttons until their labels are cut off."""
        margins = self._root_layout.contentsMargins()
        for box in (self._prompt_buttons, self._guided_buttons):
            box.updateGeometry()  # new button texts: the footer's cached sizes are stale
        self._footer_layout.invalidate()
        footer = self._footer_layout.minimumSize().width() + margins.left() + margins.right()
        self.setMinimumWidth(max(_MIN_WIDTH, footer))

    def _fit_height(self) -> None:
        """Make the window as tall as its wrapped text at its current width, screen allowing.

        A top-level window's minimum size ignores height-for-width, so word-wrapped labels would
        otherwise end up squeezed over each other. It shrinks as well as grows (hiding the safety
        notes gives the room back), and on a screen too small for it the content scrolls above
        buttons that stay in view.
        """
        # The page caches its height-for-width; new page text does not reach that cache alone.
        self._page.updateGeometry()
        self._body_layout.activate()
        margins = self._root_layout.contentsMargins()
        content_width = self.width() - margins.left() - margins.right()
        needed = (
            margins.top()
            + self._body_layout.totalHeightForWidth(content_width)
            + self._root_layout.spacing()
            + self._footer_layout.sizeHint().height()
            + margins.bottom()
        )
        fit_to_screen(self, QSize(self.width(), needed))

    def _show_page(self, page: QWidget) -> None:
        is_prompt = page is self._prompt_page
        self._page = page
        self._prompt_page.setVisible(is_prompt)
        self._guided_page.setVisible(not is_prompt)
        self._prompt_buttons.setVisible(is_prompt)
        self._guided_buttons.setVisible(not is_prompt)
        if is_prompt:
            self._timer.stop()
            # A focused auto-default button takes the default role (Qt does this in any window),
            # and keeps it after the window hides: after Snooze was pressed from the keyboard,
            # Start break would no longer be the default when the prompt comes back.
            self._start_button.setDefault(True)
            self._start_button.setFocus()
        elif self.isVisible():
            self._timer.start()

    def _begin_guided(self) -> None:
        self._break_started_s = self._monotonic()
        self._visited = []
        self._show_page(self._guided_page)
        self._go_to(0)

    def _go_to(self, index: int) -> None:
        if not self._stretches:
            return
        self._leave_stretch()
        self._index = max(0, min(index, len(self._stretches) - 1))
        stretch = self._stretches[self._index]
        if stretch.id not in self._visited:
            self._visited.append(stretch.id)
        self._segments = timeline(stretch.dose)
        self._last_segment = None
        self._stretch_started_s = self._monotonic()

        count = len(self._stretches)
        self._progress_label.setText(
            self.tr("Stretch {number} of {count}").format(number=self._index + 1, count=count)
        )
        shown = localised(stretch)
        self._name_label.setText(shown.name)
        _load_illustration(self._guided_image, stretch)
        self._where_label.setText(shown.where[:1].upper() + shown.where[1:])
        self._equipment_label.setText(shown.equipment)
        self._dose_label.setText(shown.dose_text)
        self._why_label.setText(shown.why)
        items = "".join(f"<li>{html.escape(step)}</li>" for step in shown.instructions)
        self._steps_label.setText(f"<ol style='margin: 0;'>{items}</ol>")

        is_last = self._index == count - 1
        self._previous_button.setEnabled(self._index > 0)
        self._next_button.setEnabled(not is_last)
        self._next_button.setDefault(not is_last)
        self._done_button.setDefault(is_last)
        self._default_button().setFocus()
        self._watch(stretch)
        self.tick()
        self._fit_height()

    def _watch(self, stretch: Stretch) -> None:
        """Have the camera follow `stretch`, when it counts stretches and can judge this one."""
        if not self._is_camera_counting:
            self._camera_panel.hide()
            return
        is_judged = stretch.id in CAMERA_JUDGED_IDS
        self._camera_panel.show_counting(stretch.id, is_judged)
        if is_judged:
            self._is_watching = True
            self.stretch_shown.emit(stretch)

    def _leave_stretch(self) -> None:
        """Let the camera go: the stretch it followed is no longer being done on screen."""
        if self._is_watching:
            self._is_watching = False
            self.stretch_left.emit()

    def _default_button(self) -> QPushButton:
        if self._page is self._prompt_page:
            return self._start_button
        return self._next_button if self._next_button.isEnabled() else self._done_button

    # Text

    # Building

    def _build_prompt_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("prompt_page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        title = _label(self.tr("Time for a break"), object_name="prompt_title_label")
        title.setFont(scaled_font(self.font(), 1.6, is_bold=True))
        self._sitting_label = _label(object_name="sitting_label")
        self._sitting_label.setFont(scaled_font(self.font(), 1.1))
        self._plan_label = _label(object_name="plan_label", is_muted=True)

        self._cards_layout = QHBoxLayout()
        self._cards_layout.setSpacing(14)

        self._snooze_note_label = _label(object_name="snooze_note_label", is_muted=True)
        self._insist_label = _label(object_name="insist_label")
        self._insist_label.setVisible(False)

        layout.addWidget(title)
        layout.addWidget(self._sitting_label)
        layout.addSpacing(4)
        layout.addWidget(self._plan_label)
        layout.addLayout(self._cards_layout)
        layout.addSpacing(2)
        layout.addWidget(self._snooze_note_label)
        layout.addWidget(self._insist_label)
        return page

    def _fill_cards(self) -> None:
        for card in self._cards:
            self._cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self._cards = [self._build_card(stretch) for stretch in self._stretches]
        for card in self._cards:
            # No alignment: an aligned item gets its size hint, not its height for its width,
            # and wrapped text would then spill over the illustration.
            self._cards_layout.addWidget(card, 1)
            card.show()  # now, not on the next event loop pass, so _fit_height() counts it

    def _build_card(self, stretch: Stretch) -> QWidget:
        stretch = localised(stretch)  # the card only shows it
        card = QFrame()
        card.setObjectName("stretch_card")
        card.setAccessibleName(stretch.name)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(6)

        image = _illustration(_CARD_IMAGE_SIZE)
        name = _label(stretch.name, object_name="card_name_label")
        name.setFont(scaled_font(self.font(), 1.15, is_bold=True))
        where = _label(positions_text(stretch), is_muted=True)
        equipment = _label(
            self.tr("Equipment: {equipment}").format(equipment=stretch.equipment), is_muted=True
        )
        dose = _label(stretch.dose_text, object_name="card_dose_label")

        image_row = QHBoxLayout()
        image_row.addStretch(1)
        image_row.addWidget(image)
        image_row.addStretch(1)
        layout.addLayout(image_row)
        _load_illustration(image, stretch)  # once in the card: showing it must not make a window
        layout.addSpacing(4)
        layout.addWidget(name)
        layout.addWidget(where)
        layout.addWidget(equipment)
        layout.addWidget(dose)
        layout.addStretch(1)
        return card

    def _build_guided_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("guided_page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self._progress_label = _label(object_name="progress_label", is_muted=True)
        self._break_left_label = _label(object_name="break_left_label", is_muted=True)
        self._break_left_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._break_left_label.setAccessibleName(self.tr("Break time left"))
        top.addWidget(self._progress_label)
        top.addWidget(self._break_left_label)

        self._name_label = _label(object_name="stretch_name_label")
        self._name_label.setFont(scaled_font(self.font(), 1.6, is_bold=True))
        self._why_label = _label(object_name="why_label", is_muted=True)

        self._guided_image = _illustration(_GUIDED_IMAGE_SIZE)
        facts = QVBoxLayout()
        facts.setSpacing(6)
        self._where_label = _label(object_name="where_label")
        self._equipment_label = _label(object_name="equipment_label")
        self._dose_label = _label(object_name="dose_label")
        facts.addWidget(_label(self.tr("Where"), is_muted=True))
        facts.addWidget(self._where_label)
        facts.addSpacing(4)
        facts.addWidget(_label(self.tr("Equipment"), is_muted=True))
        facts.addWidget(self._equipment_label)
        facts.addSpacing(4)
        facts.addWidget(_label(self.tr("How much"), is_muted=True))
        facts.addWidget(self._dose_label)
        facts.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(18)
        image_column = QVBoxLayout()
        image_column.addWidget(self._guided_image)
        image_column.addStretch(1)
        middle.addLayout(image_column)
        middle.addLayout(facts, 1)

        self._steps_label = QLabel()
        self._steps_label.setObjectName("steps_label")
        self._steps_label.setTextFormat(Qt.TextFormat.RichText)
        self._steps_label.setWordWrap(True)
        self._steps_label.setAccessibleName(self.tr("Steps"))

        countdown_card = QFrame()
        countdown_card.setObjectName("countdown_card")
        countdown_layout = QVBoxLayout(countdown_card)
        countdown_layout.setContentsMargins(16, 12, 16, 14)
        countdown_layout.setSpacing(4)
        self._countdown_label = _label(object_name="countdown_label")
        self._countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown_label.setFont(scaled_font(self.font(), 2.2, is_bold=True))
        self._countdown_label.setAccessibleName(self.tr("Countdown"))
        self._step_detail_label = _label(object_name="step_detail_label", is_muted=True)
        self._step_detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stretch_progress = QProgressBar()
        self._stretch_progress.setObjectName("stretch_progress")
        self._stretch_progress.setRange(0, 1000)
        self._stretch_progress.setTextVisible(False)
        self._stretch_progress.setAccessibleName(self.tr("Progress through this stretch"))
        countdown_layout.addWidget(self._countdown_label)
        countdown_layout.addWidget(self._step_detail_label)
        countdown_layout.addSpacing(6)
        countdown_layout.addWidget(self._stretch_progress)
        self._camera_panel = StretchCameraPanel()

        layout.addLayout(top)
        layout.addWidget(self._name_label)
        layout.addWidget(self._why_label)
        layout.addSpacing(2)
        layout.addLayout(middle)
        layout.addWidget(_label(self.tr("How to do it"), is_muted=True))
        layout.addWidget(self._steps_label)
        layout.addWidget(countdown_card)
        layout.addWidget(self._camera_panel)
        return page

    def _build_safety_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("safety_panel")
        panel.setAccessibleName(self.tr("Safety"))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 10, 14, 10)
        text = safety_notice_html()  # the content page's wording, exactly
        label = QLabel(text)
        label.setObjectName("safety_text_label")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setFont(scaled_font(self.font(), 0.95))
        layout.addWidget(label)
        return panel

    def _build_prompt_buttons(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._skip_button = QPushButton(self.tr("S&kip"))
        self._skip_button.setObjectName("skip_button")
        self._skip_button.setAccessibleName(self.tr("Skip this break"))
        self._skip_button.clicked.connect(self._on_skip_button_clicked)
        self._snooze_button = QPushButton(self.tr("S&nooze"))
        self._snooze_button.setObjectName("snooze_button")
        self._snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self._start_button = QPushButton(self.tr("&Start break"))
        self._start_button.setObjectName("start_button")
        self._start_button.setAccessibleName(self.tr("Start break"))
        self._start_button.setDefault(True)
        self._start_button.clicked.connect(self._on_start_button_clicked)
        layout.addWidget(self._skip_button)
        layout.addWidget(self._snooze_button)
        layout.addWidget(self._start_button)
        return box

    def _build_guided_buttons(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._previous_button = QPushButton(self.tr("&Previous"))
        self._previous_button.setObjectName("previous_button")
        self._previous_button.setAccessibleName(self.tr("Previous stretch"))
        self._previous_button.clicked.connect(self._on_previous_button_clicked)
        self._next_button = QPushButton(self.tr("&Next"))
        self._next_button.setObjectName("next_button")
        self._next_button.setAccessibleName(self.tr("Next stretch"))
        self._next_button.clicked.connect(self._on_next_button_clicked)
        self._done_button = QPushButton(self.tr("&Done"))
        self._done_button.setObjectName("done_button")
        self._done_button.setAccessibleName(self.tr("Done: finish the break"))
        self._done_button.clicked.connect(self._on_done_button_clicked)
        layout.addWidget(self._previous_button)
        layout.addWidget(self._next_button)
        layout.addWidget(self._done_button)
        return box
