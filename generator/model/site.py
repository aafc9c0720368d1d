"""What the guide says about itself and the national links (``content/site.yaml``).

Who publishes the guide (the footer of every page), the candidates' CYCLADES
portal (linked from every notice), and the web domains known to be official,
against which ``validate`` checks the official links of the data (a link outside
them is a warning: a typo, or a page that moved).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..problems import quote
from ..schema import Record, doc
from .values import BadValue, Date, Name, Url

_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"


class DomainPattern(str):
    """A web domain, ``education.gouv.fr``, or a family of domains, ``ac-*.fr`` (« * »: one word, without a dot).

    A pattern covers the domain itself and every domain under it:
    ``education.gouv.fr`` covers ``cyclades.education.gouv.fr``.
    """

    @classmethod
    def parse(cls, text: str) -> "DomainPattern":
        candidate = text.strip().lower()
        # « * » stands for part of a word, never for a whole one (« *.fr » would be every site in .fr)
        starred = r"(?:[a-z0-9-]+\*[a-z0-9-]*|\*[a-z0-9-]+)"
        if re.fullmatch(rf"(?:{_LABEL}|{starred})(?:\.(?:{_LABEL}|{starred}))*\.[a-z]{{2,}}", candidate):
            return cls(candidate)
        raise BadValue(f"{quote(text)} n'est pas un nom de domaine ; écrire par exemple education.gouv.fr ou ac-*.fr (sans https://)")

    def covers(self, host: str) -> bool:
        words = [re.escape(part).replace(r"\*", "[a-z0-9-]+") for part in self.split(".")]
        return re.fullmatch(rf"(?:{_LABEL}\.)*" + r"\.".join(words), host.lower().rstrip(".")) is not None


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def official(url: str, domains: tuple[DomainPattern, ...]) -> bool:
    """Does ``url`` lead to one of the known official domains?"""
    host = host_of(url)
    return any(pattern.covers(host) for pattern in domains)


@dataclass(frozen=True, kw_only=True)
class PortalLink(Record):
    """A national web address and where the guide has it from."""

    url: Url = doc("adresse, par exemple https://cyclades.education.gouv.fr/cyccandidat/portal/login")
    source: str = doc(
        "d'où le guide tient cette adresse : la notice qui la donne, en commençant par « notice de », par exemple "
        "notice de Nantes, session 2024, « I- PRE-INSCRIPTION » (le titre de la partie entre « », tel que la notice l'écrit ; la page d'une notice qui ne la donne pas écrit "
        "devant : portail national ; cette notice n'en donne pas l'adresse, relevée par le guide dans la ; "
        "la page d'une notice qui la donne, parmi ses liens, links:, ou écrite dans l'un de ses textes, dit : adresse "
        "donnée par cette notice)"
    )


@dataclass(frozen=True, kw_only=True)
class SiteFile(Record):
    """``content/site.yaml``: the publisher, the CYCLADES portal, the official domains."""

    publisher: Name | None = doc(
        "qui publie ce guide (service, établissement ou association), tel qu'il s'écrit après « Guide publié par » ; "
        "absent : le pied de page dit « Ce guide n'indique pas qui le publie. »", default=None
    )
    cyclades: PortalLink = doc("le portail CYCLADES des candidats (connexion, création de compte)")
    official_domains: tuple[DomainPattern, ...] = doc(
        "domaines des sites officiels (education.gouv.fr, ac-*.fr…) : un lien officiel des données hors de ces domaines est signalé par validate"
    )
    checked: Date = doc("date de la dernière vérification des adresses de ce fichier (AAAA-MM-JJ)")
