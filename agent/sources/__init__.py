"""Where papers come from: identifiers, one client per API (all on the shared fetch layer in
agent/fetch.py), and the acquire step of `curate add`."""
