import sys

from coldstart_lab.cli import main

sys.exit(main())
