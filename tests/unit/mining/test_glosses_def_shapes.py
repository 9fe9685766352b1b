"""find_glosses: plain-English definitions of shapes the noun-phrase rules leave out (RULES.md
DEF, S1b; issue 9): one word glossed by one word (an adjective inside a noun phrase, a predicate
after a linking verb), `(meaning …)`, descriptions that are a coordination, a gerund
complement, a clause (a verb phrase after a modal, a noun with an infinitive or a relative
clause), and the guards that keep remarks, tools and partial phrases out. Sentences written for
the tests in the style of consumer-health pages; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    # the bracket sits between an adjective and its noun: it glosses the adjective alone
    ("Doctors removed several harmless (benign) skin growths from her back.",
     "harmless", "benign"),
    ("The scan showed a fibrous (collagenous) band along the jaw.", "fibrous", "collagenous"),
    # a predicate after a linking verb
    ("In some cells the enzyme is switched (activated) by light.", "switched", "activated"),
    ("After the burn the skin may become leathery (sclerotic) and pale.",
     "leathery", "sclerotic"),
    ("In most children the cleft occurs alone (isolated) and heals well.", "alone", "isolated"),
    # `acute`/`chronic` are remarks alone in brackets, but technical words when glossed
    ("Many adults have acute (sudden) pain in the knee.", "acute", "sudden"),
    # a predicate adjective said as a place
    ("In some people the fat is visceral (inside the belly) rather than under the skin.",
     "visceral", "inside the belly"),
    # the author's `meaning` says a definition follows, whatever its subject
    ("The tumour is indolent (meaning it grows very slowly) in most adults.",
     "indolent", "meaning it grows very slowly"),
])
def test_one_word_glossed_by_one_word_or_by_meaning(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    # a participle in brackets after a plain adjective says which one, it renames nothing
    "Open the local (cached) copy of the page.",
    # asides and remarks after a linking verb
    "This step is optional (recommended) for most users.",
    "The change is minor (cosmetic) and safe.",
    # a word glossed by its own derivative
    "The gland is swollen (swelling) at first.",
    # a manner, not a thing the term names
    "You can run the checks locally (pytest).",
    # a verb phrase that the term repeats: a remark on which kind
    "The service may restart after an update (rolling restart).",
    # a place remark on a participle is no place phrase for an adjective
    "The study was published (in Nature) last year.",
    # the tail of a conjunct (`the hand or one side of the face`) is no description
    "It causes weakness that affects the hand or one side of the face (hemiparesis) early.",
    # the object of a verb in a relative clause is not what the term names
    "They have cells in the gut wall that line the inner surface (enterocytes) of it.",
    # a clause about a particular thing (a legal text's `this section`)
    "The agency may delay its decision (administrative stay) for a month.",
    "The court may review such orders (judicial review) on appeal.",
    # a one-word time remark after a modal's verb phrase
    "The rash may fade within a week (usually).",
    # the last word of a coordination alone, glossed by a longer term
    "In a few babies the hands do not look clearly left or right (mirror hands).",
])
def test_remarks_tools_and_partial_phrases_stay_noise(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("text, term, gloss", [
    # a coordination that is the whole object of a verb
    ("Older patients often develop stiffness and aching (myalgia) in the morning.",
     "stiffness and aching", "myalgia"),
    # a gerund with its object completes the noun before the link
    ("Children may have trouble in swallowing food (dysphagia) at meals.",
     "trouble in swallowing food", "dysphagia"),
    # in a list after `and`, the phrase after the link is the description
    ("The scan showed dark patches and areas of bone thinning (osteolysis) near the hip.",
     "bone thinning", "osteolysis"),
    # a word of number ends the phrase before the description
    ("The variants alter single sugar units (monosaccharides) in the chain.",
     "sugar units", "monosaccharides"),
    # `a`/`an` and one word after `to` name a thing
    ("Low iron can lead to a paleness (pallor) of the skin.", "paleness", "pallor"),
    # the last item of a list after `, or` is its own description
    ("Signs include swelling, pain, or loss of feeling in the toes (neuropathy) at night.",
     "loss of feeling in the toes", "neuropathy"),
    # an article before the technical term is no part of the shape
    ("The cells are also found in the inner lining of the gut (the mucosa) of adults.",
     "inner lining of the gut", "the mucosa"),
    # a kind of the head word is a name for it
    ("The enzyme cuts certain sugars (polysaccharides) into pieces.",
     "sugars", "polysaccharides"),
    # a word of frequency says how often, not what the term means
    ("Patients need regular kidney function checks (a set of blood and urine tests) each year.",
     "kidney function checks", "a set of blood and urine tests"),
    # a compound in the plural renamed by one technical word in the plural
    ("Doctors order heart ultrasound scans (echocardiograms) every year.",
     "heart ultrasound scans", "echocardiograms"),
])
def test_description_boundaries(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # a verb phrase after a modal
    ("Infants with the disorder may feed poorly after birth (neonatal feeding difficulty).",
     "feed poorly after birth", "neonatal feeding difficulty"),
    # after a verb that says only that it happens, the description is where
    ("Swelling can occur behind the knee (popliteal cyst) in older adults.",
     "behind the knee", "popliteal cyst"),
    # a noun with an infinitive
    ("Some children need a tube to carry food to the stomach (enteral feeding) for weeks.",
     "tube to carry food to the stomach", "enteral feeding"),
    # a plural noun with its relative clause (where the phrase before the bracket is no noun
    # phrase of its own)
    ("The disorder is common among infants who are born before term (preterm births).",
     "infants who are born before term", "preterm births"),
])
def test_clause_shaped_descriptions(text, term, gloss):
    assert pairs(text) == [(term, gloss, "def")]


def test_a_clause_with_a_one_word_note_is_no_description():
    # after a verb phrase a one-word note is mostly a remark or a tool
    assert pairs("Patients may recover slowly after surgery (physiotherapy).") == []


@pytest.mark.parametrize("text", [
    # a one-word place after `into a` is where something goes, not a description
    "The drug goes through a tube put into a vein (called intravenous therapy).",
    # a name in brackets after a kind of thing in the singular says which one
    "The team uses a testing library (pytest) for this.",
])
def test_places_and_tools_are_no_descriptions(text):
    assert ("vein", "called intravenous therapy", "def") not in pairs(text)
    assert [p for p in pairs(text) if p[0] in ("testing library", "library")] == []


def test_after_a_verb_the_part_after_a_link_is_not_guessed():
    # the term names the swelling (the whole phrase), not the face and neck: with no relative
    # clause after the link there is no telling which, so no pair rather than a wrong one
    found = pairs("The illness causes swelling of the face and neck (angioedema) in adults.")
    assert ("face and neck", "angioedema", "def") not in found
    # a relative clause after the link marks the part as the description, unless a change of
    # the part opens the phrase and the note names a condition: then the change is in it (the
    # corpus gold of G6_ and H9_: `weakness in the muscles that control eye movement`)
    assert pairs("Nerve damage causes weakness of the muscles that move the eyes "
                 "(ophthalmoplegia) in some adults.") == [
        ("weakness of the muscles that move the eyes", "ophthalmoplegia", "def")]


@pytest.mark.parametrize("text, expected", [
    # a noun after a determiner, renamed by one word, with `of` right after the bracket: the
    # bracket sits inside the noun phrase, so the note is another word for the noun
    ("The gene provides instructions for making one part (subunit) of a larger protein.",
     [("part", "subunit", "def")]),
    ("These enzymes are important for the production (synthesis) of fats.",
     [("production", "synthesis", "def")]),
    # guards (they pass without the rule too: a verb before the phrase, or a rarer note):
    ("The changes disrupt the movement (migration) of nerve cells.",
     [("movement", "migration", "def")]),
    # not an adjective in the bracket: a remark on the noun
    ("The size (narrow) of the canal matters.", []),
])
def test_a_noun_renamed_inside_its_of_phrase(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a two-word note between an adjective and its noun glosses the adjective
    ("This condition likely results from new (de novo) mutations in the gene.",
     [("new", "de novo", "def")]),
    # not a note that holds the head word: it names a longer term
    ("The Haversian canal (osteonic canal) holds vessels.", []),
])
def test_a_two_word_note_inside_a_noun_phrase_glosses_the_adjective(text, expected):
    assert pairs(text) == expected
