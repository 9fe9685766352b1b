"""The Stats view after real reviews: the charts carry the collection's figures and paint them."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import call, scalar
from PySide6.QtGui import QColor, QImage, QPalette

from vocab_app.gui.charts import BarChart, nice_step
from vocab_app.gui.stats_view import StatsView


def review_some(lib: Any, grades: list[int]) -> list[int]:
    """Answer the first cards of today's session with `grades`; returns their card ids."""
    session = lib.review.start_session()
    answered = []
    for grade in grades:
        card = session.next_card()
        lib.review.answer(session, card.card_id, grade, answer_ms=1500)
        answered.append(card.card_id)
    return answered


def colour_count(image: QImage, colour: QColor, step: int = 2) -> int:
    """Pixels of exactly `colour` (sampled every `step` pixels each way)."""
    target = colour.rgb()
    return sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
               if image.pixel(x, y) == target)


@pytest.fixture
def view(qtbot: Any, ops: Any) -> StatsView:
    widget = StatsView(ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def test_charts_show_reviews_forecast_states_and_retention(qtbot, view, ops, collection):
    call(qtbot, ops, lambda lib: review_some(lib, [4, 4, 5, 1, 3]))
    with qtbot.waitSignal(view.updated, timeout=20000):
        view.refresh()

    states = dict(zip(view.states_chart.labels, view.states_chart.values, strict=True))
    assert states["learning"] == 5
    assert states["new"] == scalar(collection, "SELECT count(*) FROM cards WHERE state='new'")
    reviews = view.reviews_chart.values
    assert len(reviews) == 30 and reviews[-1] == 5 and sum(reviews) == 5
    forecast = view.forecast_chart.values
    assert len(forecast) == 30 and forecast[1] == 5 and sum(forecast) == 5  # all due tomorrow
    assert view.retention_bar.share is None  # no answer on a card in the review phase yet
    assert "tomorrow: 5" in view.forecast_numbers.text()

    view.set_review_days(365)
    assert len(view.reviews_chart.values) == 365 and view.reviews_chart.values[-1] == 5
    assert view.days_365.isChecked() and not view.days_30.isChecked()

    image = view.grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert colour_count(image, highlight) > 50  # the review and forecast bars were painted
    learning = QColor("#f59e0b")
    chart_image = view.states_chart.grab().toImage()
    assert colour_count(chart_image, learning, step=1) > 40  # 5 learning cards: a low bar


def test_known_terms_count_as_their_own_state(qtbot, view, ops, collection):
    with qtbot.waitSignal(view.updated, timeout=20000):
        view.refresh()
    before = dict(zip(view.states_chart.labels, view.states_chart.values, strict=True))
    assert "known" not in before  # no bar before a term is known
    term_id = scalar(collection, "SELECT term_id FROM cards WHERE state = 'new' LIMIT 1")
    cards = scalar(collection, "SELECT count(*) FROM cards WHERE term_id = ?", (term_id,))
    call(qtbot, ops, lambda lib: lib.set_known([term_id], True))
    with qtbot.waitSignal(view.updated, timeout=20000):
        view.refresh()
    states = dict(zip(view.states_chart.labels, view.states_chart.values, strict=True))
    assert states["known"] == cards
    assert states["new"] == before["new"] - cards  # moved, not counted twice
    assert f"known: {cards}" in view.states_numbers.text()


def test_a_chart_without_data_still_paints_its_axes(qtbot):
    chart = BarChart("Reviews")
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data(["a", "b"], [0, 0])
    image = chart.grab().toImage()
    background = image.pixel(image.width() - 2, image.height() // 2)
    assert any(image.pixel(x, y) != background for x in range(0, 300, 3) for y in range(0, 200, 3))


def test_nice_steps():
    assert [nice_step(m) for m in (0, 3, 10, 37, 120, 999)] == [1, 1, 5, 10, 50, 500]
