"""The knowledge base in the window: search dock, reading view, editor, feedback, replies."""
