"""The incident store: the one way incidents, actors and places are written.

Below the services and above the models. Every write of an incident and its
children (a form's save, a review decision, an ACLED import, a bundle, the
demo) passes through here, so the codebook's rules, the database fit checks,
the access policy, history, derived columns and human ids are applied once,
the same way for every path.
"""
