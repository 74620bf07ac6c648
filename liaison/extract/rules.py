"""The ordered passes of each language. Adding a rule: write it, list it here, test it."""

from __future__ import annotations

from liaison.extract.agreements import agreements_from_text
from liaison.extract.attribution import facts_from_partner_sentences
from liaison.extract.english_names import person_from_english_name
from liaison.extract.events import event_from_dated_bullet
from liaison.extract.facts import facts_from_sphere_bullets, facts_from_undated_contacts
from liaison.extract.indicators import indicators_from_figures
from liaison.extract.news import event_from_dated_sentence
from liaison.extract.organizations import organizations_from_text
from liaison.extract.partners import partners_from_text
from liaison.extract.persons import person_from_name

# Order matters only for readability of the output: each rule reads the document alone,
# and the pipeline links what they found afterwards.
RULES_RU = (
    partners_from_text,
    organizations_from_text,
    person_from_name,
    agreements_from_text,
    facts_from_sphere_bullets,
    facts_from_partner_sentences,
    indicators_from_figures,
    event_from_dated_bullet,
    event_from_dated_sentence,
    facts_from_undated_contacts,
)

RULES_EN = (
    partners_from_text,
    organizations_from_text,
    person_from_english_name,
    agreements_from_text,
    facts_from_sphere_bullets,
    facts_from_partner_sentences,
    indicators_from_figures,
    event_from_dated_bullet,
    event_from_dated_sentence,
    facts_from_undated_contacts,
)
