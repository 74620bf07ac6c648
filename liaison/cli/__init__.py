"""The command line: thin commands over read → extract → resolve → store → brief."""
