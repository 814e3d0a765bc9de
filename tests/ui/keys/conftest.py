"""The real main window (fixtures shared with tests/ui/call and tests/ui/procedures)."""

from tests.ui.call import conftest as call_fixtures
from tests.ui.procedures import conftest as procedure_fixtures

env = call_fixtures.env
window = call_fixtures.window
kb = call_fixtures.kb
directory = procedure_fixtures.directory
