import sys

from sahel_desk.launcher import main

sys.exit(main())
