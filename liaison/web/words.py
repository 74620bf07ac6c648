"""Words the pages show that come from data, not from a template: roles, kinds of fact,
facets, review reasons and rules, audit actions, upload states, field names. Listed here
so that the catalogue extraction (``pybabel extract -k N_``) finds them; the templates
translate them with ``_(value)``."""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark a word for the catalogue without translating it here."""
    return message


ROLES = (N_("reader"), N_("editor"), N_("admin"))
KINDS = (
    N_("document"),
    N_("event"),
    N_("agreement"),
    N_("person"),
    N_("organization"),
    N_("fact"),
    N_("indicator"),
    N_("partner"),
)
FACETS = (N_("kind"), N_("sphere"), N_("year"))
REVIEW = (
    N_("conflict"),
    N_("unsure"),
    N_("merge"),
    N_("sources_disagree"),
    N_("direction_unknown"),
    N_("visit_without_leader"),
    N_("figure_undated"),
    N_("merged_from_documents"),
)
ACTIONS = (N_("correct"), N_("undo"), N_("accept"), N_("reject"))
DEEDS = (N_("merged in"), N_("taken out"), N_("put back"), N_("kept"), N_("changed"))
UPLOAD_STATES = (N_("sending"), N_("queued"), N_("reading"), N_("storing"))
UPLOAD_OUTCOMES = (N_("new"), N_("new_version"), N_("unchanged"))
FIELDS = (
    N_("start"),
    N_("end"),
    N_("title"),
    N_("place"),
    N_("leader"),
    N_("direction"),
)
