import sys

from coldstart_lab.cli.commands import main

sys.exit(main())
