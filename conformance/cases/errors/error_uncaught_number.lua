-- An uncaught number error.
error(404)
