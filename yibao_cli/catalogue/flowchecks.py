"""Cross-checks of flows: ids, routes, reachability, cycles and references into the catalogue."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence

from yibao_cli.catalogue import model
from yibao_cli.catalogue.flowmodel import ContinuityRule, TreatedIn, WaitingRule
from yibao_cli.catalogue.yamlsource import Problem, Source
from yibao_cli.strings import t

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
Path = list[str | int]


def check_flows(
    flows: Sequence[tuple[Source, model.Flow]],
    procedures: Sequence[tuple[Source, model.Procedure]],
    dialled: set[str] | None = None,
) -> list[Problem]:
    """Return every problem of schema-valid flows, each located in its file.

    ``dialled`` lists the shared channels dialled with an area code (what ``treated_in`` may
    call); None does not check those references.
    """
    by_id = {proc.id: proc for _, proc in procedures}
    problems: list[Problem] = []
    for source, flow in flows:
        stem = source.file.rsplit("/", 1)[-1].removesuffix(".yaml")
        if flow.procedure != stem:
            problems.append(
                source.problem(["procedure"], t("check.id_file", id=flow.procedure, stem=stem))
            )
        proc = by_id.get(flow.procedure)
        if proc is None:
            problems.append(
                source.problem(["procedure"], t("check.unknown_ref", ref=flow.procedure))
            )
            continue
        problems.extend(FlowChecker(source, flow, proc, set(by_id), dialled).run())
    return problems


class FlowChecker:
    """Checks one flow against its procedure."""

    def __init__(
        self,
        source: Source,
        flow: model.Flow,
        proc: model.Procedure,
        procedure_ids: set[str],
        dialled: set[str] | None = None,
    ) -> None:
        self.source = source
        self.dialled = dialled
        self.flow = flow
        self.proc = proc
        self.procedure_ids = procedure_ids
        self.questions = {q.id: q for q in flow.questions}
        self.outcomes = {o.id: o for o in flow.outcomes}
        self.edges: dict[str, list[str]] = {}
        self.ancestors: dict[str, set[str]] | None = None

    def problem(self, path: Path, key: str, **values: object) -> Problem:
        """A problem at ``path`` with the message ``key``."""
        return self.source.problem(path, t(key, **values))

    def run(self) -> Iterator[Problem]:
        """Yield every problem of the flow."""
        naming = list(self._ids())
        if naming:
            yield from naming  # with ids in doubt, every later check would only add noise
            return
        for index, question in enumerate(self.flow.questions):
            yield from self._question(["questions", index], question)
        if self.flow.start is not None:
            start = self.questions.get(self.flow.start)
            if start is None or start.kind != "date":
                yield self.problem(["start"], "flow.start", id=self.flow.start)
        cyclic = list(self._cycles())
        yield from cyclic
        unreachable = list(self._unreachable())
        yield from unreachable
        if not cyclic and not unreachable:
            self.ancestors = self._ancestors()
            for index, question in enumerate(self.flow.questions):
                yield from self._question_conditions(["questions", index], question)
        for index, outcome in enumerate(self.flow.outcomes):
            yield from self._outcome(["outcomes", index], outcome)

    def _ids(self) -> Iterator[Problem]:
        seen: set[str] = set()
        named = [("questions", i, q.id) for i, q in enumerate(self.flow.questions)]
        named += [("outcomes", i, o.id) for i, o in enumerate(self.flow.outcomes)]
        for part, index, item_id in named:
            if not _ID.match(item_id):
                yield self.problem([part, index, "id"], "check.bad_id", id=item_id)
            if item_id in seen:
                yield self.problem([part, index, "id"], "check.duplicate_id", id=item_id)
            seen.add(item_id)
        if not self.flow.questions:
            yield self.problem(["questions"], "flow.no_questions")

    def _question(self, path: Path, question: model.Question) -> Iterator[Problem]:
        kind = question.kind
        targets: list[str] = []
        if kind in ("select", "checkbox"):
            if not question.options:
                yield self.problem([*path, "options"], "flow.no_options")
            values: set[str] = set()
            for i, option in enumerate(question.options):
                where = [*path, "options", i]
                if not _ID.match(option.value):
                    yield self.problem([*where, "value"], "check.bad_id", id=option.value)
                if option.value in values:
                    yield self.problem([*where, "value"], "check.duplicate_id", id=option.value)
                values.add(option.value)
                if option.goto is not None:
                    if kind != "select":
                        yield self.problem([*where, "goto"], "flow.goto_select")
                    yield from self._target([*where, "goto"], option.goto)
                    targets.append(option.goto)
        elif question.options:
            yield self.problem([*path, "options"], "flow.options_kind", kind=kind)
        yield from self._validator(path, question)
        yield from self._default(path, question)
        always = False
        for i, route in enumerate(question.next):
            where = [*path, "next", i]
            if always:
                yield self.problem(where, "flow.route_after_default")
            yield from self._target([*where, "goto"], route.goto)
            targets.append(route.goto)
            always = always or route.when is None
        every_option_routed = kind == "select" and all(o.goto for o in question.options)
        if not always and not every_option_routed:
            yield self.problem(path, "flow.no_default_route", id=question.id)
        self.edges[question.id] = [target for target in targets if target in self._nodes()]

    def _nodes(self) -> set[str]:
        return set(self.questions) | set(self.outcomes)

    def _target(self, path: Path, target: str) -> Iterator[Problem]:
        if target not in self._nodes():
            yield self.problem(path, "check.unknown_ref", ref=target)

    def _validator(self, path: Path, question: model.Question) -> Iterator[Problem]:
        rule = question.validator
        if rule is None:
            return
        allowed = {"text": ("integer", "pattern", "region"), "date": ("date",)}.get(
            question.kind, ()
        )
        if rule.kind not in allowed:
            yield self.problem([*path, "validator", "kind"], "flow.validator_kind", kind=rule.kind)
        if rule.kind == "pattern":
            try:
                re.compile(rule.pattern or "")
            except re.error as exc:
                yield self.problem([*path, "validator", "pattern"], "flow.bad_pattern", why=exc)
            if not rule.pattern:
                yield self.problem([*path, "validator"], "flow.no_pattern")
        if rule.min is not None and rule.max is not None and rule.min > rule.max:
            yield self.problem([*path, "validator"], "check.bad_range", min=rule.min, max=rule.max)

    def _default(self, path: Path, question: model.Question) -> Iterator[Problem]:
        default = question.default
        if default is None:
            return
        values = {option.value for option in question.options}
        kind = question.kind
        fits = {
            "select": isinstance(default, str) and default in values,
            "checkbox": isinstance(default, tuple) and set(default) <= values,
            "confirm": isinstance(default, bool),
            "text": isinstance(default, str | int) and not isinstance(default, bool),
            "date": isinstance(default, str) and (default == "today" or _is_date(default)),
        }[kind]
        if not fits:
            yield self.problem([*path, "default"], f"flow.default_{kind}", values=_list(values))

    def _cycles(self) -> Iterator[Problem]:
        state: dict[str, int] = {}  # 1 = on the current path, 2 = done
        trail: list[str] = []
        found: list[list[str]] = []

        def visit(node: str) -> None:
            state[node] = 1
            trail.append(node)
            for target in self.edges.get(node, ()):
                if state.get(target) == 1:
                    found.append([*trail[trail.index(target) :], target])
                elif target not in state:
                    visit(target)
            trail.pop()
            state[node] = 2

        for question in self.flow.questions:
            if question.id not in state:
                visit(question.id)
        for cycle in found:
            index = list(self.questions).index(cycle[0])
            yield self.problem(["questions", index], "flow.cycle", cycle=" → ".join(cycle))

    def _unreachable(self) -> Iterator[Problem]:
        first = self.flow.questions[0].id if self.flow.questions else None
        seen: set[str] = set()
        todo = [first] if first else []
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(self.edges.get(node, ()))
        named = [("questions", i, q.id) for i, q in enumerate(self.flow.questions)]
        named += [("outcomes", i, o.id) for i, o in enumerate(self.flow.outcomes)]
        for part, index, item_id in named:
            if item_id not in seen:
                yield self.problem([part, index, "id"], "flow.unreachable", id=item_id)

    def _ancestors(self) -> dict[str, set[str]]:
        parents: dict[str, set[str]] = {}
        for node, targets in self.edges.items():
            for target in targets:
                parents.setdefault(target, set()).add(node)
        found: dict[str, set[str]] = {}

        def up(node: str) -> set[str]:
            if node not in found:
                found[node] = set()
                for parent in parents.get(node, ()):
                    found[node] |= {parent} | up(parent)
            return found[node]

        for node in self._nodes():
            up(node)
        return found

    def _question_conditions(self, path: Path, question: model.Question) -> Iterator[Problem]:
        for i, option in enumerate(question.options):
            yield from self._condition([*path, "options", i, "when"], option.when, question.id)
        for i, route in enumerate(question.next):
            yield from self._condition(
                [*path, "next", i, "when"], route.when, question.id, itself=True
            )

    def _condition(
        self, path: Path, condition: model.Condition | None, node: str, itself: bool = False
    ) -> Iterator[Problem]:
        if not condition or self.ancestors is None:
            return
        before = self.ancestors.get(node, set()) | ({node} if itself else set())
        for key, expect in condition.items():
            question = self.questions.get(key)
            if question is None:
                yield self.problem([*path, key], "check.unknown_ref", ref=key)
                continue
            if key not in before:
                yield self.problem([*path, key], "flow.not_before", ref=key, node=node)
            yield from self._expect([*path, key], question, expect)

    def _expect(
        self, path: Path, question: model.Question, expect: model.Expect
    ) -> Iterator[Problem]:
        values = {option.value for option in question.options}
        if isinstance(expect, model.Test):
            numeric = any(v is not None for v in (expect.lt, expect.le, expect.gt, expect.ge))
            integer = question.validator is not None and question.validator.kind == "integer"
            if numeric and not integer:
                yield self.problem(path, "flow.numeric", ref=question.id)
            if expect.empty is not None and question.kind != "checkbox":
                yield self.problem(path, "flow.empty_test", ref=question.id)
            listed: tuple[model.Scalar, ...] = expect.none_of or ()
        else:
            listed = expect if isinstance(expect, tuple) else (expect,)
        for value in listed:
            if question.kind in ("select", "checkbox"):
                ok = isinstance(value, str) and value in values
            elif question.kind == "confirm":
                ok = isinstance(value, bool)
            else:
                ok = not isinstance(value, bool)
            if not ok and isinstance(value, bool) and values:
                yield self.problem(path, "flow.bool_value", values=_list(values))
            elif not ok:
                shown = _list(values) if values else "true | false"
                yield self.problem(path, "flow.bad_value", value=value, values=shown)

    def _treated_in(self, path: Path, treated: TreatedIn) -> Iterator[Problem]:
        asked = self.questions.get(treated.question)
        rule = asked.validator if asked is not None else None
        if rule is None or rule.kind != "region":
            yield self.problem([*path, "question"], "flow.treated_in", ref=treated.question)
        for i, ref in enumerate(treated.call):
            if self.dialled is not None and ref not in self.dialled:
                yield self.problem([*path, "call", i], "flow.treated_call", ref=ref)

    def _outcome(self, path: Path, outcome: model.FlowOutcome) -> Iterator[Problem]:
        proc = self.proc
        for i, verdict in enumerate(outcome.verdicts):
            yield from self._condition([*path, "verdicts", i, "when"], verdict.when, outcome.id)
        if outcome.treated_in is not None:
            yield from self._treated_in([*path, "treated_in"], outcome.treated_in)
        for i, said in enumerate(outcome.at_window_if):
            yield from self._condition([*path, "at_window_if", i, "when"], said.when, outcome.id)
        kinds: list[tuple[str, Sequence[str | int | model.Pick], set[str | int]]] = [
            ("steps", outcome.steps, {step.id for step in proc.steps}),
            ("materials", outcome.materials or (), {m.id for m in proc.materials}),
            ("facts", outcome.facts, {fact.id for fact in proc.facts}),
            ("related", outcome.related, set(self.procedure_ids - {proc.id})),
        ]
        conditional = {s.id for s in proc.steps if s.condition}
        conditional |= {m.id for m in proc.materials if m.condition}
        note_refs: set[str | int] = set(range(len(proc.notes)))
        note_refs |= {note.id for note in proc.notes if note.id}
        kinds.append(("notes", outcome.notes, note_refs))
        for part, items, known in kinds:
            for i, item in enumerate(items):
                ref = item.id if isinstance(item, model.Pick) else item
                where: Path = [*path, part, i]
                if ref not in known or isinstance(ref, bool):
                    yield self.problem(where, "check.unknown_ref", ref=ref)
                elif part == "notes" and isinstance(ref, int) and proc.notes[ref].id:
                    yield self.problem(where, "flow.note_by_index", ref=ref, id=proc.notes[ref].id)
                if isinstance(item, model.Pick):
                    yield from self._condition([*where, "when"], item.when, outcome.id)
                    if item.settled and (
                        part not in ("steps", "materials") or ref not in conditional
                    ):
                        yield self.problem([*where, "settled"], "flow.nothing_settled", ref=ref)
                    if item.done is not None and part != "steps":
                        yield self.problem([*where, "done"], "flow.done_not_step", part=part)
                    if item.done_by is not None:
                        asked = self.flow.question(item.done_by)
                        if part != "steps":
                            yield self.problem([*where, "done_by"], "flow.done_not_step", part=part)
                        elif asked is None or asked.kind != "date":
                            yield self.problem([*where, "done_by"], "flow.done_by", id=item.done_by)
                    yield from self._condition([*where, "done"], item.done, outcome.id)
        if outcome.waiting is not None:
            yield from self._waiting([*path, "waiting"], outcome.waiting)
            step = outcome.waiting.step
            chosen = {
                str(item.id if isinstance(item, model.Pick) else item) for item in outcome.steps
            }
            if step is not None and step not in chosen:
                yield self.problem([*path, "waiting", "step"], "flow.waiting_step", ref=step)
        if outcome.continuity is not None:
            yield from self._continuity([*path, "continuity"], outcome.continuity)
        if outcome.window is not None and not _is_month_day(outcome.window.end):
            yield self.problem(
                [*path, "window", "end"], "flow.window_end", value=outcome.window.end
            )
        if outcome.window is not None and not 0 <= outcome.window.remind_days <= 366:
            yield self.problem([*path, "window", "remind_days"], "flow.window_days")
        vias: dict[str, int] = {}
        for channel in proc.channels:
            vias[channel.via] = vias.get(channel.via, 0) + 1
        for i, pick in enumerate(outcome.channels):
            where = [*path, "channels", i]
            via = pick.via if isinstance(pick, model.ChannelPick) else pick
            if via not in vias:
                yield self.problem(where, "flow.no_channel", ref=via, proc=proc.id)
                continue
            if isinstance(pick, model.ChannelPick):
                if pick.nth is not None and not 1 <= pick.nth <= vias[via]:
                    yield self.problem([*where, "nth"], "flow.bad_nth", ref=via, count=vias[via])
                yield from self._condition([*where, "when"], pick.when, outcome.id)

    def _waiting(self, path: Path, rule: WaitingRule) -> Iterator[Problem]:
        # Each named question must exist and give the kind of answer the arithmetic reads.
        wanted = (("paid", "date"), ("gap", "text"), ("back", "text"), ("window", "confirm"))
        for field, kind in wanted:
            ref = getattr(rule, field)
            if ref is None:
                continue
            question = self.flow.question(ref)
            integer = question is not None and (
                kind != "text"
                or (question.validator is not None and question.validator.kind == "integer")
            )
            if question is None or question.kind != kind or not integer:
                yield self.problem([*path, field], "flow.waiting_question", ref=ref, kind=kind)

    def _continuity(self, path: Path, rule: ContinuityRule) -> Iterator[Problem]:
        # Both named questions must exist and be date questions; the figures must be months.
        for field in ("stopped", "paid"):
            ref = getattr(rule, field)
            question = self.flow.question(ref)
            if question is None or question.kind != "date":
                yield self.problem([*path, field], "flow.continuity_question", ref=ref)
        for field in ("within", "cap"):
            if not 0 <= getattr(rule, field) <= 120:
                yield self.problem([*path, field], "flow.continuity_months")


def _is_month_day(text: str) -> bool:
    # A day every year has (29 February is refused: most years would have no reminder).
    return bool(re.fullmatch(r"[0-9]{2}-[0-9]{2}", text)) and _is_date(f"2026-{text}")


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _list(values: set[str]) -> str:
    return " | ".join(sorted(values))
