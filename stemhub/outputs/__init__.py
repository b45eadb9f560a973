"""The files a build writes beside the HTML pages. Each output is a function of what the build
made (outputs/made.py) and the problems: it yields (site path, text, bytes or a file to copy)
and reports problems. They run in this order, after the pages are written: the core's, then
those of each feature turned on (features/)."""
from . import icons, pagefind, past, robots, search, sitemap, static

OUTPUTS = (icons.files, static.files, search.files, past.files, pagefind.files, sitemap.files, robots.files)


def every_output(made) -> tuple:
    """The core's outputs, then the files of every feature turned on."""
    return OUTPUTS + tuple(feature.files for feature in made.features)
