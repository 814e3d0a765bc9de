"""One problem found in a user's file (an import, a content file): a code, its parameters and
where it is. The reader that finds it never words it: ``str()`` is the English (logs, tests),
and the window and the command line word the same code in the user's language
(agentdesk/error_texts/wording.py), always with the file and line in front."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

# A problem that only has an English sentence (a content check not yet given its own code):
# shown as it is, in every language.
UNTRANSLATED = "problem.untranslated"


@dataclass(frozen=True)
class Problem:
    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    file: str = ""
    line: int = 0  # 1-based; 0 when the problem is about the whole file
    column: int = 0  # 1-based; 0 when not known
    # The English of an error turned into a problem, for a code with no text yet.
    english: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @classmethod
    def of(cls, exc: BaseException, file: str = "", line: int = 0, column: int = 0) -> Problem:
        """The problem a refused value stands for: a known error's code and parameters."""
        code = getattr(exc, "code", None)
        if not code or "." not in code:
            return cls(UNTRANSLATED, {"text": str(exc)}, file, line, column)
        return cls(code, getattr(exc, "params", {}), file, line, column, str(exc))

    @classmethod
    def untranslated(cls, text: str, file: str = "", line: int = 0, column: int = 0) -> Problem:
        return cls(UNTRANSLATED, {"text": text}, file, line, column)

    def at(self, file: str | None = None, line: int | None = None) -> Problem:
        """The same problem, placed in ``file`` (and at ``line``)."""
        return replace(
            self,
            file=self.file if file is None else file,
            line=self.line if line is None else line,
        )

    @property
    def where(self) -> str:
        """ "file:line:column" with the parts that are known ("" when none is)."""
        parts = [self.file] if self.file else []
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)

    @property
    def message(self) -> str:
        """What is wrong, in English, without the place."""
        from agentdesk.error_texts.wording import ENGLISH

        return ENGLISH.message(self)

    def __str__(self) -> str:
        """The place and what is wrong in English, "file:line: text" (logs, tests)."""
        from agentdesk.error_texts.wording import ENGLISH

        return ENGLISH.problem(self)
