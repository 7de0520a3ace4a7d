"""Records travelling between desks (no Qt): the signed bundle envelope
(container), what a bundle carries (collect, refs, rows), and how it is merged
into a desk (merge, apply). The Desk API over it is services/exchange.py."""
