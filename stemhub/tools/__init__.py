"""Commands for the team that runs a directory (`new`, `report`, `digest`): they read the site
folder as `check` does and write for people, never for the published site."""
