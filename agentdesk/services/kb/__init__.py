"""Knowledge base services: articles (KnowledgeService), canned responses (SnippetService)."""

from agentdesk.kb.records import (
    Article,
    ArticleDraft,
    ArticleFeedbackSummary,
    ArticleHit,
    ArticleRevision,
    CannedResponse,
    ImportReport,
)
from agentdesk.services.kb.articles import KnowledgeService
from agentdesk.services.kb.snippets import SnippetService

__all__ = [
    "Article",
    "ArticleDraft",
    "ArticleFeedbackSummary",
    "ArticleHit",
    "ArticleRevision",
    "CannedResponse",
    "ImportReport",
    "KnowledgeService",
    "SnippetService",
]
