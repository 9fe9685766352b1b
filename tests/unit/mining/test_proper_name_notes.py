"""def (invented lines): a rare common noun glossed by a brand name or a Latin binomial
(`warfarin (Coumadin)`, `black-legged tick (Ixodes scapularis)`). The class recurred in three
unrelated dev texts of three rounds (an eye page, a supplement fact sheet, an NCCIH page) and a
CDC page; a person, a company, a heading's category or a disease named after its genus stays
noise."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("People who take warfarin (Coumadin) should ask a doctor first.",
     [("warfarin", "Coumadin", "def")]),
    ("Take acetaminophen (Tylenol) for mild pain.", [("acetaminophen", "Tylenol", "def")]),
    ("Eye drops with cyclosporine (Restasis) can help.", [("cyclosporine", "Restasis", "def")]),
    ("Anaplasmosis is spread by the black-legged tick (Ixodes scapularis) in the east.",
     [("black-legged tick", "Ixodes scapularis", "def")]),
    ("Studies of the roundworm (C. elegans) mapped every neuron.",
     [("roundworm", "C. elegans", "def")]),
    ("The brain of the fruit fly (D. melanogaster) has been mapped.",
     [("fruit fly", "D. melanogaster", "def")]),
    # a capital opening a list item or a flattened list; several brands are one gloss
    ("   - Disulfiram (Antabuse) makes a person sick after drinking.",
     [("Disulfiram", "Antabuse", "def")]),
    ("It reduces craving for alcohol Acamprosate (Campral) helps many people.",
     [("Acamprosate", "Campral", "def")]),
    ("- Naltrexone (Depade, ReVia, Vivitrol) acts in the brain.",
     [("Naltrexone", "Depade, ReVia, Vivitrol", "def")]),
    ("Take ibuprofen (Advil or Motrin) for swelling.", [("ibuprofen", "Advil or Motrin", "def")]),
    # a variety after the binomial, or a genus named alone (round 23's CDC pages)
    ("Scabies is caused by the human itch mite (Sarcoptes scabiei var. hominis) burrowing.",
     [("human itch mite", "Sarcoptes scabiei var. hominis", "def")]),
    ("It is spread by the bite of the tsetse fly (Glossina species) in Africa.",
     [("tsetse fly", "Glossina species", "def")]),
])
def test_a_brand_or_latin_name_glosses_the_rare_noun_before_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "He was diagnosed (Becker) in the spring.",  # a person named, a common word before
    "The chatbot (Claude) answered at once.",  # one of a kind of agent
    "Viral (Picornaviradae) infections of the eye are rare.",  # a heading's category
    "Cancer of the kidney (Renal Cell) is treated with surgery.",  # a title in capitals
    # a disease named after its genus is no binomial of the eye
    "It causes illness involving the eye (Acanthamoeba keratitis) in lens wearers.",
    "The report (Smith et al) found no link.",  # a citation
    "We met Becker (Johnson) at the clinic.",  # people's names
    "Some drugs (Advil, Motrin) are sold over the counter.",  # a common word before
    "Some animals (Other species) live here.",  # a common genus-shaped word
])
def test_other_capitalised_notes_stay_noise(text):
    assert not [p for p in pairs(text) if p[2] == "def"]
