"""agentdesk: desktop companion for contact-centre representatives."""

__version__ = "0.1.0"
