import sys

from coldstart_lab.cli.commands import console_main

sys.exit(console_main())
