"""The evidence layer in one call: stories, assertions, relations, checks and grades."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sitrep.link.compare import compare_story
from sitrep.link.grades import grade_assertions, grade_claims
from sitrep.link.references import NameLookup, alias_users, check_report, place_populations
from sitrep.link.reports import Report
from sitrep.link.slots import derive_assertions
from sitrep.link.stories import cluster_reports, make_story
from sitrep.link.voices import actor_index, root_keys, story_voices
from sitrep.model import Assertion, DocumentLink, Grade, ReferenceCheck, Relation, Story


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything the evidence layer found over a set of reports."""

    stories: list[Story] = field(default_factory=list)
    assertions: list[Assertion] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    checks: list[ReferenceCheck] = field(default_factory=list)
    grades: list[Grade] = field(default_factory=list)


def build_evidence(reports: Sequence[Report], links: Iterable[DocumentLink] = (),
                   lookup: NameLookup | None = None) -> Evidence:
    """Group reports into stories, compare their statements and grade them.

    Args:
        reports: Stored reports with analyses; ``root_key`` is filled from ``links`` when
            empty.
        links: Duplicate and forward links between the reports.
        lookup: Counts gazetteer places of a name, for unresolved-place reasons.

    Returns:
        Stories (heard from most sides first, then most voices), and per story its
        assertions, relations, reference checks and grades of assertions and claims.
    """
    roots = root_keys(links)
    by_key = {r.key: r for r in reports}
    reports = [_rooted(r, by_key.get(r.root_key or roots.get(r.key, ""))) for r in reports]
    names = actor_index(reports)
    users = alias_users(reports)
    reliability = {r.key: r.reliability for r in reports}
    found = Evidence()
    for members in cluster_reports(reports):
        story_assertions: list[Assertion] = []
        checks: list[ReferenceCheck] = []
        for report in members:
            mine = derive_assertions(report, names)
            story_assertions += mine
            checks += check_report(report, mine, users, lookup)
        first = make_story(members)
        comparison = compare_story(first.id, story_assertions, place_populations(members))
        grades = grade_assertions(story_assertions, comparison, checks, reliability)
        claims = [(r.key, c) for r in members for c in r.analysis.claims]
        grades += grade_claims(claims, grades, story_assertions, reliability)
        contradictions = sum(r.relation == "contradicts" for r in comparison.relations)
        found.stories.append(make_story(members, story_voices(story_assertions),
                                        contradictions))
        found.assertions.extend(story_assertions)
        found.checks.extend(checks)
        found.relations.extend(comparison.relations)
        found.grades.extend(grades)
    # Stories told by several sides first: that is where comparison has something to say.
    found.stories.sort(key=lambda s: (-len({v.side for v in s.voices}), -len(s.voices),
                                      -len(s.document_keys), s.id))
    return found



def _rooted(report: Report, original: Report | None) -> Report:
    """The report with its original's key, outlet and side (itself when it copies none)."""
    if original is None or original.key == report.key:
        return report
    return replace(report, root_key=original.key, root_source=original.document.source,
                   root_side=original.side)
