"""The dev server (`build.py serve`): serve.py (its HTTP side, watching and reloading), devsite.py
(its site in a scratch folder), preview.py (a save's first pages), watch.py (the site folder
watched), overlay.py (the error overlay and the Draft and Scheduled badges)."""
