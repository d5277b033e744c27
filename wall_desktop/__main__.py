from wall_desktop.cli import main

raise SystemExit(main())
