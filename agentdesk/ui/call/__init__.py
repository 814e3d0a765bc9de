"""The call workspace: a guided call step by step, wrap-up, crash resume, call pops."""
