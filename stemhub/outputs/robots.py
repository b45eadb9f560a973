"""robots.txt: every crawler may read every page, except admin/ (Decap CMS, for a site with a
repository), and the sitemap's absolute URL. It is written at the root of the output like every
site's, but crawlers read robots.txt only at a host's root (/robots.txt): a site published under
a path (https://org.github.io/stem/) serves it at /stem/robots.txt, where none looks, and needs
these lines in its host's own."""
from __future__ import annotations

from ..problems import Problems
from .made import Made


def files(made: Made, problems: Problems):
    config = made.catalog.settings.config
    closed = f" {config.base_path}admin/" if config.repository else ""  # none: nothing
    yield "robots.txt", (f"User-agent: *\nDisallow:{closed}\n\n"
                         f"Sitemap: {config.root_url}sitemap.xml\n")
