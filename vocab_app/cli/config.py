"""`vocab [--db PATH] config …`: the collection's settings (services/settings.py).

    vocab config list              every setting: name = value, and what it means
    vocab config get NAME          one setting's value
    vocab config set NAME VALUE    change one (checked first: a bad value changes nothing)

A change takes effect at once: the next `vocab review`, `vocab due` or export reads it.
"""

from __future__ import annotations

import argparse

from vocab_app.i18n_text import _


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `config` subcommand and its actions."""
    p = sub.add_parser("config", help=_("settings: new cards a day, card types, leeches, …"),
                       description=_("Show and change the collection's settings."))
    acts = p.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    acts.add_parser("list", help=_("every setting with its value")).set_defaults(func=_list)
    a = acts.add_parser("get", help=_("one setting's value"))
    a.add_argument("name")
    a.set_defaults(func=_get)
    a = acts.add_parser("set", help=_("change one setting"))
    a.add_argument("name")
    a.add_argument("value")
    a.set_defaults(func=_set)


def _list(args: argparse.Namespace) -> int:
    from vocab_app.cli.opening import open_library
    from vocab_app.services.settings import SPECS, format_value

    lib = open_library(args, reading=True)
    try:
        settings = lib.settings
    finally:
        lib.close()
    width = max(len(name) for name in SPECS)
    for name, s in SPECS.items():
        value = format_value(getattr(settings, name))
        about = _("{label}: {values}").format(label=_(s.label), values=s.describe())
        print(f"{name:<{width}} = {value:<9} # {about}")
        print(f"{'':<{width}}   {'':<9}   {_(s.help)}")
    return 0


def _get(args: argparse.Namespace) -> int:
    from vocab_app.cli.opening import open_library
    from vocab_app.services.settings import format_value, spec

    name = spec(args.name).name  # an unknown name is refused before the file is opened
    lib = open_library(args, reading=True)
    try:
        print(format_value(getattr(lib.settings, name)))
    finally:
        lib.close()
    return 0


def _set(args: argparse.Namespace) -> int:
    from vocab_app.cli.opening import open_library
    from vocab_app.services.settings import format_value, parse_value, spec, with_value

    s = spec(args.name)
    parse_value(s.name, args.value)  # refused before the file is opened
    lib = open_library(args, reading=False)
    try:
        lib.save_settings(with_value(lib.settings, s.name, args.value))
        print(f"{s.name} = {format_value(getattr(lib.settings, s.name))}")
    finally:
        lib.close()
    return 0
