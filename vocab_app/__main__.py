"""`python -m vocab_app ...` dispatches to the CLI (`gui` opens the desktop app)."""

from vocab_app.cli import main

raise SystemExit(main())
