"""The Desk API (no Qt): everything the GUI, the CLI and scripts do goes through here."""
