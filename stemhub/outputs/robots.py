"""robots.txt: every crawler may read every page, except what a feature turned on keeps private
(admin/, Decap CMS: features/cms/), and the sitemap's absolute URL. It is written at the root
of the output like every site's, but crawlers read robots.txt only at a host's root
(/robots.txt): a site published under a path (https://org.github.io/stem/) serves it at
/stem/robots.txt, where none looks, and needs these lines in its host's own."""
from __future__ import annotations

from ..problems import Problems
from .made import Made


def files(made: Made, problems: Problems):
    config = made.catalog.settings.config
    closed = [config.base_path + path for feature in made.features for path in feature.private]
    rules = "".join(f"Disallow: {path}\n" for path in closed) or "Disallow:\n"  # none: nothing
    yield "robots.txt", f"User-agent: *\n{rules}\nSitemap: {config.root_url}sitemap.xml\n"
