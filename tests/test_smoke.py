from tests.conftest import SiteFolder


def test_minimal_site_builds(site: SiteFolder):
    r = site.build()
    assert r.code == 0, r.err
    assert r.lines[-1] == "0 errors, 0 warnings; 2 records checked"
    html = site.page("programs/robotics-club/")
    assert "<h1>Robotics Club</h1>" in html
    assert "Acme Robotics" in html
