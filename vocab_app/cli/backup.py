"""`vocab backup list` and `vocab backup restore DAY`: the rolling backups `vocab import`,
`vocab review` and the desktop app make (one a day for 7 days, one a week for 4 weeks, in
`backups/` beside the collection). A restore first copies the collection as it is to
`backups/<name>-before-restore-<stamp>.sqlite`, so it can be undone."""

from __future__ import annotations

import argparse
from datetime import date


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `backup` subcommand with `list` and `restore`."""
    p = sub.add_parser("backup", help="list or restore the collection's rolling backups",
                       description="List the collection's rolling backups (one a day for 7 "
                       "days, one a week for 4 weeks) or put one back.")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="the backups, newest first")
    a.set_defaults(func=_list)
    a = acts.add_parser("restore", help="put the backup of DAY back into the collection")
    a.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    a.set_defaults(func=_restore)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-10") from None


def _list(args: argparse.Namespace) -> int:
    from vocab_app.services.checking import backup_list

    found = backup_list(args.db)
    if not found:
        print("no backups yet")
    for backup in found:
        print(f"{backup.day.isoformat()}\t{backup.path.stat().st_size / 2**20:.1f} MB\t"
              f"{backup.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from datetime import datetime

    from vocab_app.services.checking import restore_backup

    before = restore_backup(args.db, args.day, datetime.now())
    print(f"restored the backup of {args.day.isoformat()}; the collection as it was is kept "
          f"as {before}")
    return 0
