"""The services the widgets are given: built once in ui/app.py (tests build their own)."""

from __future__ import annotations

from dataclasses import dataclass

from agentdesk.addressing import FORMS, parse_offered
from agentdesk.paths import DataPaths
from agentdesk.review import bundled_rules_dir
from agentdesk.review.rules import load_rules
from agentdesk.services.accounts import AccountService
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_journal import CallJournal
from agentdesk.services.customers import CustomerService
from agentdesk.services.directory import DirectoryService
from agentdesk.services.drafts import DraftService
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.followups import FollowUpService
from agentdesk.services.forecast import ForecastService
from agentdesk.services.gdpr import GdprService
from agentdesk.services.interactions import InteractionService
from agentdesk.services.kb import KnowledgeService, SnippetService
from agentdesk.services.kpi import KpiService
from agentdesk.services.messages import MessageService
from agentdesk.services.notes import NotesService
from agentdesk.services.playbook import PlaybookService
from agentdesk.services.review import ReviewService
from agentdesk.services.settings import SettingsService
from agentdesk.services.support import SupportService
from agentdesk.services.surveys import SurveyService
from agentdesk.services.team_review import TeamReviewService
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.ui.tasks import TaskRunner
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keystore import KeyStore


@dataclass(frozen=True)
class Services:
    """Available before the vault is open: accounts, settings, tasks."""

    paths: DataPaths
    db: Database
    accounts: AccountService
    settings: SettingsService
    tasks: TaskRunner
    playbook: PlaybookService  # playbook, coach rules, personal snippets (no customer data)
    kb: KnowledgeService  # articles: no customer data, usable before the vault is open
    snippets: SnippetService  # the knowledge base's canned responses
    keyring_store: KeyStore | None = None  # None: the OS keyring
    key_file: PassphraseKeyFile | None = None  # None: the data folder's key file


@dataclass(frozen=True)
class DataServices:
    """Services over personal data; exist only once the vault is unlocked."""

    vault: VaultService
    audit: AuditLog
    customers: CustomerService
    notes: NotesService
    gdpr: GdprService
    flows: FlowLibrary
    interactions: InteractionService
    review: ReviewService
    feedback: FeedbackService
    kpi: KpiService
    drafts: DraftService  # unsaved text, encrypted (issue 10)
    messages: MessageService
    directory: DirectoryService
    forecast: ForecastService  # the queue forecast (team leaders write, everyone reads)
    followups: FollowUpService  # the task list: follow-ups and call-backs (O7)
    support: SupportService  # extra support needs and agreed adjustments on the card
    surveys: SurveyService  # the customer's verdict: CSAT, CES, NPS (O1)
    team_review: TeamReviewService  # team database: conflicts and refused changes


def build_data_services(base: Services, vault: VaultService) -> DataServices:
    audit = AuditLog(vault.audit_key, vault.keys)  # anchored at each audited commit (#15 6)
    current = base.settings.current()
    region = current.phone_region
    forms, _unknown = parse_offered(current.forms_of_address)  # validated when saved
    customers = CustomerService(base.db, vault, audit, region, forms or FORMS)
    flows = FlowLibrary(base.paths.custom_content / "flows")
    feedback = FeedbackService(base.db, vault, audit)
    rules = load_rules(bundled_rules_dir(), base.paths.custom_content / "adherence")
    review = ReviewService(base.db, vault, audit, rules, feedback, flows=flows.flows)
    return DataServices(
        vault=vault,
        audit=audit,
        drafts=DraftService(base.db, vault),
        customers=customers,
        notes=NotesService(base.db, vault, audit),
        gdpr=GdprService(base.db, vault, audit, customers),
        flows=flows,
        interactions=InteractionService(
            base.db, vault, audit, customers, flows.flows, CallJournal(base.paths.root / "journal")
        ),
        review=review,
        feedback=feedback,
        kpi=KpiService(base.db),
        messages=MessageService(base.db, vault, audit, region),
        directory=DirectoryService(base.db, audit, region),
        forecast=ForecastService(base.db, audit),
        followups=FollowUpService(base.db, vault, audit),
        support=SupportService(base.db, vault, audit),
        surveys=SurveyService(base.db, vault, audit, region),
        team_review=TeamReviewService(base.db, vault, audit),
    )
