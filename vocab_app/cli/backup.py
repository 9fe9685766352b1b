"""`vocab backup list` and `vocab backup restore DAY`: the rolling backups `vocab import`,
`vocab review` and the desktop app make (one a day for 7 days, one a week for 4 weeks, in
`backups/` beside the collection). A restore first copies the collection as it is to
`backups/<name>-before-restore-<stamp>.sqlite`, so it can be undone."""

from __future__ import annotations

import argparse
from datetime import date

from vocab_app.i18n_text import _, format_date, format_number


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `backup` subcommand with `list` and `restore`."""
    p = sub.add_parser("backup", help=_("list or restore the collection's rolling backups"),
                       description=_("List the collection's rolling backups (one a day for 7 "
                                     "days, one a week for 4 weeks) or put one back."))
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help=_("the backups, newest first"))
    a.set_defaults(func=_list)
    a = acts.add_parser("restore", help=_("put the backup of DAY back into the collection"))
    a.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    a.set_defaults(func=_restore)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date like 2026-03-10").format(text=text)) from None


def _list(args: argparse.Namespace) -> int:
    from vocab_app.services.checking import backup_list

    found = backup_list(args.db)
    if not found:
        print(_("no backups yet"))
    for backup in found:
        size = _("{size} MB").format(size=format_number(backup.path.stat().st_size / 2**20, 1))
        print(f"{backup.day.isoformat()}\t{size}\t{backup.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from datetime import datetime

    from vocab_app.services.checking import restore_backup

    before = restore_backup(args.db, args.day, datetime.now())
    print(_("restored the backup of {day}; the collection as it was is kept as {path}")
          .format(day=format_date(args.day), path=before))
    return 0
