"""Start Sahel Desk from a source checkout: `python main.py` is `sahel-desk`."""

import sys

from sahel_desk.launcher import main

if __name__ == "__main__":
    sys.exit(main())
