"""keiho's command line: a thin shell over the library (`keiho.cli.main:main`)."""
