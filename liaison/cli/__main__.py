"""`python -m liaison.cli` runs the command line."""

from liaison.cli.main import run

run()
