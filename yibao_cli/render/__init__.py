"""Rich renderers: the only modules that know how things look on a terminal."""
