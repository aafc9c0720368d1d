"""What WeasyPrint may read while it prints a notice: nothing from the network.

The print layout has no image, no font file and no stylesheet to fetch (fonts are the system's,
through fontconfig). Any URL WeasyPrint asks for is refused with ``FatalURLFetchingError``, which
stops the rendering: a notice whose data would make WeasyPrint fetch something fails the build
instead of quietly reaching another origin. ``data:`` URLs (inside the document) are the exception.
"""

from __future__ import annotations

from weasyprint.urls import FatalURLFetchingError, URLFetcher


class RefusedResource(FatalURLFetchingError):
    """WeasyPrint asked for a resource outside the document."""


class LocalOnly(URLFetcher):
    """A URL fetcher that reads ``data:`` URLs and refuses everything else (``refused`` keeps them)."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("data",), allow_redirects=False, fail_on_errors=True)
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        if not str(url).lower().startswith("data:"):
            self.refused.append(str(url))
            raise RefusedResource(f"ressource refusée dans le PDF (autre origine ou fichier) : {url}")
        return super().fetch(url, headers)
