"""Claims of responsibility: the claim editor and what it reads from a claim's text."""

from sahel_desk.gui.claims.claim_editor import ClaimEditor

__all__ = ["ClaimEditor"]
