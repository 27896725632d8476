"""What the ``tracker`` command line is built with: output (one JSON emitter, tables that
fit the terminal), the JSON shapes commands print, and the reference page and shell
completion generated from the parser. No command logic lives here."""
