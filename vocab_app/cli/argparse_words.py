"""The words argparse itself prints, marked for the catalogue.

argparse translates them with gettext's global domain, which cli/__init__.py `build_parser`
points at vocab_app's catalogue; listing them here lets `pybabel extract` put them in the .po.
The msgids are argparse's own (Python 3.10–3.13) and must stay byte-identical to them.
"""

from __future__ import annotations

from vocab_app.i18n_text import N_

ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)
