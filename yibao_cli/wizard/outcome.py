"""What a finished flow gives: the outcome as plain data, and the command that reproduces it.

Pure. An ``Outcome`` names catalogue items by id only; ``fitting.fit`` looks them up (with a
region's overlays) for display. Saved cases keep the answers, not the outcome: the outcome is
recomputed from them, so it always follows the current catalogue.
"""

from __future__ import annotations

import datetime
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.catalogue.flowmodel import ContinuityRule, WaitingRule, Window
from yibao_cli.catalogue.records import Tier
from yibao_cli.dates.continuity import Break, count_break
from yibao_cli.dates.waiting import Rule, Waiting, waiting
from yibao_cli.wizard.engine import Answer, Walk, holds


@dataclass(frozen=True)
class Outcome:
    """The end of a flow, fitted to the answers that led there.

    Attributes:
        flow: The flow's (and procedure's) id.
        id: The outcome's id within the flow.
        title: The outcome's title (flow text).
        verdicts: What the outcome says about the user's case (those whose condition holds).
        answers: ``(question id, answer)`` for every question on the path, in order.
        steps: Step ids, in the order to do them.
        materials: Material ids.
        channels: ``(platform id, n)`` pairs: the n-th (1-based) channel of the procedure
            through that platform, best first.
        facts: Fact ids.
        notes: Indexes into the procedure's notes.
        related: Ids of other procedures worth a look.
        start: The answer giving the date the procedure starts (YYYY-MM-DD), if the flow asks.
        settled: Step and material ids whose condition the answers settled (not printed).
        done: Step ids the answers say are already done (a saved case marks them done).
        waiting: The waiting period worked out from the answers, when the outcome has one.
        waiting_rule: The flow's rule it was worked out with (its tier and sources).
        continuity: The break in contributions counted from the answers, when the outcome
            has one.
        continuity_rule: The flow's rule it was counted with.
        window: A yearly window the outcome reminds of (``guide --ics``).
        at_window: The outcome's own sentence to say at the office window, if it has one.
    """

    flow: str
    id: str
    title: model.Text
    verdicts: tuple[model.Verdict, ...]
    answers: tuple[tuple[str, Answer], ...]
    steps: tuple[str, ...]
    materials: tuple[str, ...]
    channels: tuple[tuple[str, int], ...]
    facts: tuple[str, ...]
    notes: tuple[int, ...]
    related: tuple[str, ...]
    start: str | None = None
    settled: frozenset[str] = frozenset()
    done: tuple[str, ...] = ()
    waiting: Waiting | None = None
    waiting_rule: WaitingRule | None = None
    continuity: Break | None = None
    continuity_rule: ContinuityRule | None = None
    window: Window | None = None
    at_window: model.Text | None = None

    def answer_map(self) -> dict[str, Answer]:
        """The answers by question id, in path order."""
        return dict(self.answers)


def assemble(flow: model.Flow, proc: model.Procedure, done: Walk) -> Outcome:
    """Build the outcome a finished walk reached.

    Args:
        flow: The flow walked.
        proc: Its procedure.
        done: A walk that reached an outcome.

    Returns:
        The outcome, with every item whose condition holds.
    """
    end = done.outcome
    assert end is not None, "the walk has not reached an outcome"
    known = done.known
    steps = _ids(end.steps, known)
    if end.materials is None:
        by_id = {step.id: step for step in proc.steps}
        materials = tuple(dict.fromkeys(m for s in steps for m in by_id[s].materials))
    else:
        materials = _ids(end.materials, known)
    note_index = {note.id: i for i, note in enumerate(proc.notes) if note.id}
    notes: list[int] = []
    for item in end.notes:
        ref = item.id if isinstance(item, model.Pick) else item
        if isinstance(item, model.Pick) and item.when and not holds(item.when, known):
            continue
        notes.append(ref if isinstance(ref, int) else note_index[ref])
    start = known.get(flow.start) if flow.start else None
    return Outcome(
        flow=flow.procedure,
        id=end.id,
        title=end.title,
        verdicts=tuple(v for v in end.verdicts if v.when is None or holds(v.when, known)),
        answers=tuple((q.id, a) for q, a in done.path),
        steps=steps,
        materials=materials,
        channels=_channels(end.channels, proc, known),
        facts=_ids(end.facts, known),
        notes=tuple(dict.fromkeys(notes)),
        related=_ids(end.related, known),
        start=start if isinstance(start, str) else None,
        settled=_settled((*end.steps, *(end.materials or ())), known),
        done=tuple(
            str(item.id)
            for item in end.steps
            if isinstance(item, model.Pick)
            and str(item.id) in steps
            and (
                (item.done is not None and holds(item.done, known))
                or _gone_by(item.done_by, known, done.today)
            )
        ),
        waiting=_waiting(end.waiting, known),
        waiting_rule=end.waiting,
        continuity=_continuity(end.continuity, known),
        continuity_rule=end.continuity,
        window=end.window,
        at_window=next(
            (said.text for said in end.at_window_if if holds(said.when, known)), end.at_window
        ),
    )


def _gone_by(
    question: str | None, known: Mapping[str, Answer], today: datetime.date | None
) -> bool:
    # A date answer on or before the day the answers were given: the step is behind the user.
    answer = known.get(question) if question else None
    if not isinstance(answer, str) or today is None:
        return False
    try:
        return datetime.date.fromisoformat(answer) <= today
    except ValueError:
        return False


def waiting_figures(rule: WaitingRule) -> Rule:
    """The arithmetic's figures of a flow's waiting rule."""
    return Rule(rule.fixed, rule.per_year, rule.floor, rule.floor_gap)


def _waiting(rule: WaitingRule | None, known: Mapping[str, Answer]) -> Waiting | None:
    if rule is None:
        return None
    paid = known.get(rule.paid)
    if not isinstance(paid, str):
        return None
    figures = waiting_figures(rule)

    def years(ref: str | None) -> int:
        value = known.get(ref) if ref else None
        return int(value) if isinstance(value, str) and value.strip().isdigit() else 0

    window = known.get(rule.window) if rule.window else False
    return waiting(
        figures,
        datetime.date.fromisoformat(paid),
        years(rule.gap),
        years(rule.back),
        window is True,
    )


def _continuity(rule: ContinuityRule | None, known: Mapping[str, Answer]) -> Break | None:
    if rule is None:
        return None
    stopped, paid = known.get(rule.stopped), known.get(rule.paid)
    if not isinstance(stopped, str) or not isinstance(paid, str):
        return None
    day = datetime.date.fromisoformat
    return count_break(day(stopped), day(paid), rule.within, rule.cap)


def waiting_tier(result: Waiting, rule: WaitingRule) -> tuple[Tier, tuple[str, ...]]:
    """The tier and sources of a worked-out waiting period: the range's when the readings differ."""
    if rule.range_tier is not None and result.least != result.most:
        return rule.range_tier, rule.range_sources or rule.sources
    return rule.tier, rule.sources


def _ids(items: Sequence[str | int | model.Pick], known: Mapping[str, Answer]) -> tuple[str, ...]:
    chosen: list[str] = []
    for item in items:
        if isinstance(item, model.Pick):
            if item.when and not holds(item.when, known):
                continue
            item = item.id
        chosen.append(str(item))
    return tuple(dict.fromkeys(chosen))


def _settled(items: Sequence[str | model.Pick], known: Mapping[str, Answer]) -> frozenset[str]:
    # The first pick of an id whose condition holds is the one chosen (as in ``_ids``).
    chosen: dict[str, bool] = {}
    for item in items:
        if isinstance(item, str):
            chosen.setdefault(item, False)
        elif not item.when or holds(item.when, known):
            chosen.setdefault(str(item.id), item.settled)
    return frozenset(key for key, settled in chosen.items() if settled)


def _channels(
    picks: Sequence[str | model.ChannelPick], proc: model.Procedure, known: Mapping[str, Answer]
) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for channel in proc.channels:
        counts[channel.via] = counts.get(channel.via, 0) + 1
    chosen: list[tuple[str, int]] = []
    for pick in picks:
        if isinstance(pick, str):
            pick = model.ChannelPick(via=pick)
        if pick.when and not holds(pick.when, known):
            continue
        numbers = [pick.nth] if pick.nth else range(1, counts.get(pick.via, 0) + 1)
        chosen.extend((pick.via, n) for n in numbers)
    return tuple(dict.fromkeys(chosen))


def answer_arg(answer: Answer) -> str:
    """Write an answer the way ``--answer key=value`` takes it."""
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    if isinstance(answer, tuple):
        return ",".join(answer)
    return answer


def command(
    flow_id: str,
    answers: Sequence[tuple[str, Answer]],
    region: str | None = None,
    catalogue: str | None = None,
    verb: str = "guide",
    lang: str | None = None,
) -> str:
    """Return the ``yibao guide`` command line that gives the same outcome without questions.

    ``verb`` names another command that takes the same answers (``checklist``); ``lang`` the
    interface language to ask for (None: the one the environment gives).
    """
    words = ["yibao"]
    if lang:
        words += ["--lang", lang]
    if catalogue:
        words += ["--catalogue", catalogue]
    words += [verb, flow_id]
    if region:
        words += ["--region", region]
    for key, answer in answers:
        words += ["--answer", f"{key}={answer_arg(answer)}"]
    return " ".join(quote(word) for word in words)


def quote(word: str) -> str:
    """Quote a word for a POSIX shell only when needed (Chinese text needs no quotes)."""
    if word and not any(char.isspace() or char in _SHELL_SPECIAL for char in word):
        return word
    return shlex.quote(word)


_SHELL_SPECIAL = set("'\"\\$`!*?;&|<>(){}[]#~")
