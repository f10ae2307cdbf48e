"""The pure flow engine and the wizard's navigation, on the small test flow (flows/alpha.yaml)."""

from __future__ import annotations

import datetime

import pytest

from walker import explore
from yibao_cli.catalogue import model
from yibao_cli.regions import overlay
from yibao_cli.wizard.engine import AnswerError, default, parse, plan, walk
from yibao_cli.wizard.fitting import fit
from yibao_cli.wizard.outcome import assemble, command
from yibao_cli.wizard.steps import Ask, Done, Review, Wizard

TODAY = datetime.date(2026, 9, 1)
FULL = {
    "kind": "lost",
    "reported": False,
    "age": "30",
    "apps": ("phone",),
    "how": "office",
    "day": "2026-09-02",
}


@pytest.fixture
def flow(small_catalogue: model.Catalogue) -> model.Flow:
    found = small_catalogue.flow("alpha")
    assert found is not None
    return found


def question(flow: model.Flow, key: str) -> model.Question:
    found = flow.question(key)
    assert found is not None
    return found


def ask(wizard: Wizard) -> Ask:
    screen = wizard.screen()
    assert isinstance(screen, Ask), screen
    return screen


# answers


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("kind", " lost ", "lost"),
        ("reported", "yes", True),
        ("reported", "否", False),
        ("reported", True, True),
        ("age", "045", "45"),
        ("age", 45, "45"),
        ("apps", "app, phone", ("phone", "app")),
        ("apps", ["phone", "phone"], ("phone",)),
        ("apps", "", ()),
        ("day", "today", "2026-09-01"),
        ("day", datetime.date(2026, 9, 5), "2026-09-05"),
    ],
)
def test_parse_normalises_answers(
    flow: model.Flow, key: str, raw: object, expected: object
) -> None:
    assert parse(question(flow, key), raw, {"kind": "lost"}, TODAY) == expected


@pytest.mark.parametrize(
    ("key", "raw", "message"),
    [
        ("kind", "stolen", "'stolen' 不是可选的选项"),
        ("kind", "", "请选择一个选项"),
        ("reported", "maybe", "请回答 yes 或 no"),
        ("age", "thirty", "请输入整数"),
        ("age", "15", "应在 16 到 120 之间"),
        ("age", " ", "不能为空"),
        ("apps", "phone,fax", "'fax' 不是可选的选项"),
        ("day", "2026-13-01", "2026-13-01：没有13月"),
        ("day", "2025-01-01", "日期应在 2026-08-02 到 2027-09-01 之间"),
    ],
)
def test_parse_rejects_with_a_clear_message(
    flow: model.Flow, key: str, raw: object, message: str
) -> None:
    with pytest.raises(AnswerError) as caught:
        parse(question(flow, key), raw, {"kind": "lost"}, TODAY)
    assert message in str(caught.value.message)


def test_wrong_option_lists_the_allowed_ones(flow: model.Flow) -> None:
    with pytest.raises(AnswerError) as caught:
        parse(question(flow, "kind"), "stolen", {}, TODAY)
    shown = tuple((value, str(label)) for value, label in caught.value.allowed)
    assert shown == (("lost", "丢了"), ("broken", "坏了"), ("other", "其他"))


def test_options_depend_on_earlier_answers(flow: model.Flow) -> None:
    apps = question(flow, "apps")
    assert parse(apps, "web", {"kind": "lost"}, TODAY) == ("web",)
    with pytest.raises(AnswerError):
        parse(apps, "web", {"kind": "broken"}, TODAY)


def test_defaults(flow: model.Flow) -> None:
    assert default(question(flow, "kind"), {}, TODAY) == "lost"  # first option
    assert default(question(flow, "how"), {}, TODAY) == "office"  # the default given
    assert default(question(flow, "reported"), {}, TODAY) is False
    assert default(question(flow, "apps"), {}, TODAY) == ("phone",)
    assert default(question(flow, "day"), {}, TODAY) == "2026-09-01"
    assert default(question(flow, "age"), {}, TODAY) is None  # free text: no default


# walking


def test_walk_stops_at_the_first_missing_answer(flow: model.Flow) -> None:
    done = walk(flow, {"kind": "lost", "reported": "no"}, TODAY)
    assert [q.id for q, _ in done.path] == ["kind", "reported"]
    assert done.pending is not None and done.pending.id == "age"


def test_walk_treats_an_answer_that_no_longer_fits_as_missing(flow: model.Flow) -> None:
    answers = {**FULL, "kind": "broken", "apps": ("web",)}
    done = walk(flow, answers, TODAY)
    assert done.pending is not None and done.pending.id == "apps"


def test_walk_ignores_answers_off_the_path(flow: model.Flow) -> None:
    done = walk(flow, {**FULL, "kind": "broken"}, TODAY)
    assert done.outcome is not None and done.outcome.id == "done"
    assert "age" not in done.known


def test_numeric_conditions_route(flow: model.Flow) -> None:
    old = walk(flow, {**FULL, "age": "60"}, TODAY)
    assert old.outcome is not None and old.outcome.id == "refused"
    young = walk(flow, {**FULL, "age": "59"}, TODAY)
    assert young.outcome is not None and young.outcome.id == "done"


def test_plan_counts_the_current_path(flow: model.Flow) -> None:
    assert [q.id for q in plan(flow, {}, TODAY)] == [
        "kind",
        "reported",
        "age",
        "apps",
        "how",
        "day",
    ]
    assert len(plan(flow, {"kind": "broken"}, TODAY)) == 5  # no age question
    assert len(plan(flow, {"kind": "other"}, TODAY)) == 1


def test_the_step_count_past_an_unanswered_age_counts_the_longest_way(flow: model.Flow) -> None:
    given: dict[str, object] = {"kind": "lost", "reported": False}
    assert len(plan(flow, given, TODAY)) == 6  # the age decides: count the way on to the end
    assert len(plan(flow, {**given, "age": "35"}, TODAY)) == 6
    assert len(plan(flow, {**given, "age": "65"}, TODAY)) == 3  # refused: it shrinks


def test_outcome_is_plain_data_of_ids(flow: model.Flow, small_catalogue: model.Catalogue) -> None:
    proc = small_catalogue.procedure("alpha")
    assert proc is not None
    result = assemble(flow, proc, walk(flow, {**FULL, "apps": ("app", "phone")}, TODAY))
    assert result.flow == "alpha" and result.id == "done"
    assert result.steps == ("first", "wait")
    assert result.materials == ("id-card",)  # from the steps
    assert result.channels == (("app", 1), ("hotline", 1))
    assert result.facts == ("fee",) and result.notes == (0,)
    assert result.start == "2026-09-02"
    assert result.answer_map() == {**FULL, "apps": ("phone", "app")}
    online = assemble(flow, proc, walk(flow, {**FULL, "how": "online"}, TODAY))
    assert online.steps == ("first",) and online.channels == (("hotline", 1),)


def test_fitted_outcome_has_dates_and_region(
    flow: model.Flow, small_catalogue: model.Catalogue
) -> None:
    proc = small_catalogue.procedure("alpha")
    assert proc is not None
    fuzhou = [region for region in small_catalogue.regions if region.code == "350100"]
    view = overlay.view(small_catalogue, proc, fuzhou)
    fitted = fit(view, assemble(flow, proc, walk(flow, FULL, TODAY)))
    assert [fact.value for fact, _ in fitted.facts] == ["十元"]
    assert fitted.timeline is not None
    wait = fitted.timeline.step("wait")
    assert wait.days == (1, 3)  # the region's durations
    assert wait.ends.earliest.date == datetime.date(2026, 9, 3)


def test_command_reproduces_the_answers() -> None:
    line = command("alpha", (("kind", "lost"), ("reported", True), ("apps", ("a", "b"))), "福州")
    assert line == (
        "yibao guide alpha --region 福州 --answer kind=lost --answer reported=yes --answer apps=a,b"
    )
    assert command("alpha", (("note", "a b"),)) == "yibao guide alpha --answer 'note=a b'"


def test_every_path_of_the_test_flow(flow: model.Flow) -> None:
    found = explore(flow, TODAY)
    assert found.dead_ends == []
    assert found.outcomes == {"done", "refused"}
    assert found.asked == {q.id for q in flow.questions}


# the wizard's navigation


def answer_all(wizard: Wizard, *answers: object) -> None:
    for value in answers:
        ask(wizard)
        wizard.answer(value)


def test_wizard_shows_position_on_the_current_path(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY)
    first = ask(wizard)
    assert (first.question.id, first.number, first.total, first.first) == ("kind", 1, 6, True)
    wizard.answer("broken")
    second = ask(wizard)
    assert (second.question.id, second.number, second.total) == ("reported", 2, 5)


def test_back_keeps_answers_given_further_on(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY)
    answer_all(wizard, "lost", "no", "30", ("phone", "app"))
    assert ask(wizard).question.id == "how"
    wizard.back()
    apps = ask(wizard)
    assert apps.question.id == "apps" and apps.current == ("phone", "app")
    wizard.back()
    age = ask(wizard)
    assert age.question.id == "age" and age.current == "30"
    wizard.answer("31")
    again = ask(wizard)  # the next question, filled in with the answer given before
    assert again.question.id == "apps" and again.current == ("phone", "app")


def test_back_from_the_first_question_stays(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY)
    wizard.back()
    assert ask(wizard).question.id == "kind"


def test_review_then_done(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY)
    answer_all(wizard, "lost", "no", "30", ("phone",), "office", "2026-09-02")
    review = wizard.screen()
    assert isinstance(review, Review)
    assert [q.id for q, _ in review.answers] == ["kind", "reported", "age", "apps", "how", "day"]
    wizard.confirm()
    done = wizard.screen()
    assert isinstance(done, Done) and done.walk.outcome is not None


def test_change_on_review_asks_only_what_the_new_answer_needs(flow: model.Flow) -> None:
    given = {key: value for key, value in FULL.items() if key != "age"}
    wizard = Wizard(flow, TODAY, {**given, "kind": "broken"})
    assert isinstance(wizard.screen(), Review)  # every answer given: straight to the review
    wizard.change("kind")
    assert ask(wizard).current == "broken"
    wizard.answer("lost")  # "lost" adds the age question, never answered so far
    assert ask(wizard).question.id == "age"
    wizard.answer("40")
    assert isinstance(wizard.screen(), Review)  # nothing else is asked again


def test_change_keeps_answers_that_still_apply(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY, FULL)
    wizard.change("kind")
    wizard.answer("broken")  # the path loses the age question
    review = wizard.screen()
    assert isinstance(review, Review)
    assert "age" not in [q.id for q, _ in review.answers]
    wizard.change("kind")
    wizard.answer("lost")  # and gets it back, with the answer given before
    review = wizard.screen()
    assert isinstance(review, Review)
    assert {q.id: a for q, a in review.answers}["age"] == "30"


def test_change_reasks_an_answer_that_no_longer_fits(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY, {**FULL, "apps": ("web",)})
    wizard.change("kind")
    wizard.answer("broken")  # "web" is only offered for lost cards
    screen = ask(wizard)
    assert screen.question.id == "apps"
    assert [o.value for o in screen.options] == ["phone", "app"]
    wizard.answer(("app",))
    assert isinstance(wizard.screen(), Review)


def test_back_from_review_and_restart(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY, FULL)
    wizard.back()
    assert ask(wizard).question.id == "day"
    wizard.restart()
    first = ask(wizard)
    assert first.question.id == "kind" and first.current == "lost"  # the default, not kept
    assert wizard.kept() == ()


def test_kept_answers_are_those_on_the_path(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY, {"kind": "broken", "age": "30", "reported": True})
    assert wizard.kept() == (("kind", "broken"), ("reported", True))


def test_invalid_answer_changes_nothing(flow: model.Flow) -> None:
    wizard = Wizard(flow, TODAY, {"kind": "lost", "reported": False})
    with pytest.raises(AnswerError):
        wizard.answer("200")
    assert ask(wizard).question.id == "age"
