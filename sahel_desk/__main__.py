import sys

from sahel_desk.cli.main import main

sys.exit(main())
