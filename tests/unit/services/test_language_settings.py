"""The two language settings: stored and checked like the others, and the card language
follows the interface language, which follows the system's (LANG) by default."""

from __future__ import annotations

import pytest

from vocab_app.services.settings import (
    Settings,
    SettingsError,
    card_language,
    system_language,
    validate,
    with_value,
)


@pytest.mark.parametrize("env, language", [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_GB.UTF-8"}, "zh_CN"),
    ({}, "en"),
])
def test_the_system_language_is_read_as_gettext_reads_it(env, language):
    assert system_language(env) == language


def test_card_language_follows_the_interface_which_follows_the_system():
    zh = {"LANG": "zh_CN.UTF-8"}
    assert card_language(Settings(), zh) == "zh_CN"
    assert card_language(Settings(), {"LANG": "en_US.UTF-8"}) == "en"
    assert card_language(Settings(interface_language="en"), zh) == "en"
    assert card_language(Settings(interface_language="en", card_language="zh_CN"), {}) == "zh_CN"


def test_language_settings_take_only_their_choices():
    assert with_value(Settings(), "interface-language", "zh_CN").interface_language == "zh_CN"
    with pytest.raises(SettingsError, match="Card language must be one of interface, en, zh_CN"):
        validate(Settings(card_language="fr"))
