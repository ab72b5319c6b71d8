"""The ``coldstart-lab`` command (:mod:`~coldstart_lab.cli.commands`) and its machine check
(:mod:`~coldstart_lab.cli.doctor`)."""

from coldstart_lab.cli.commands import console_main, main

__all__ = ["console_main", "main"]
