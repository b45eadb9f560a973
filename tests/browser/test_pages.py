"""The page kinds the browser checks visit are in the build (the sample's content gives them)."""
from tests.browser.sitekit import PAGES


def test_every_page_kind_is_built(site):
    missing = [f"{kind}: {site.file(path)}" for kind, path in PAGES.items()
               if not site.file(path).is_file()]
    assert not missing, "page kinds missing from the sample build:\n" + "\n".join(missing)


def test_the_empty_browse_list_is_built(emptysite):
    assert emptysite.file(emptysite.empty).is_file()
